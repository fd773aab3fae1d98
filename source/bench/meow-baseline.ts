/**
 * The baseline of the light-command benchmark: Node starting an ES module that loads meow, the flag parser
 * every mfadesk command needs, and does nothing else. "node -e 0 plus module load" in DESIGN section 7.
 */
import 'meow';
