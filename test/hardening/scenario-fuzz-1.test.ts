/** Part 1 of the scenario-file fuzz (see scenario-fuzz-suite.ts); the parts run in parallel. */
import {describeFuzz} from './scenario-fuzz-suite.js';

describeFuzz('scenario', 1, 2);
