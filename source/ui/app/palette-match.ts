/** What the palette searches in a command: its label, then its group (`Admin`, `Ask`, `Escalate`). */
export type Searchable = {readonly label: string; readonly group: string};

/** The words of a text, lowercased: letters and digits, split at everything else ("sign-in" is `sign`, `in`). Pure. */
export function wordsOf(text: string): readonly string[] {
	return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** How well a command matches: more exact words first, then matches in the label over the group, then earlier ones. */
type Rank = {readonly exact: number; readonly inGroup: number; readonly position: number};

/**
 * Every query word starts a word of the label or, failing that, of the group; undefined when one
 * doesn't. A label word is used once, so "set set" needs two "set"s.
 */
function prefixRank(query: readonly string[], label: readonly string[], group: readonly string[]): Rank | undefined {
	const used = new Set<number>();
	let exact = 0;
	let inGroup = 0;
	let position = 0;
	for (const word of query) {
		// An exact word beats a prefix of a longer one: "on" is the word "on" before "online".
		const at = [label.findIndex((each, index) => !used.has(index) && each === word), label.findIndex((each, index) => !used.has(index) && each.startsWith(word))].find((index) => index !== -1);
		if (at !== undefined) {
			used.add(at);
			exact += label[at] === word ? 1 : 0;
			position += at;
			continue;
		}

		const groupWord = group.find((each) => each.startsWith(word));
		if (groupWord === undefined) {
			return undefined;
		}

		exact += groupWord === word ? 1 : 0;
		inGroup += 1;
		position += label.length;
	}

	return {exact, inGroup, position};
}

/** Every query word somewhere in the label or group, as a substring; earlier ones first. */
function substringRank(query: readonly string[], text: string): Rank | undefined {
	let position = 0;
	for (const word of query) {
		const at = text.indexOf(word);
		if (at === -1) {
			return undefined;
		}

		position += at;
	}

	return {exact: 0, inGroup: 0, position};
}

const compare = (a: Rank, b: Rank): number => b.exact - a.exact || a.inGroup - b.inGroup || a.position - b.position;

/**
 * The commands a palette query finds, best first. Every query word must start a word of the label
 * (or of the group): "escal" finds the escalations, "fatima" Fatima's commands, "enable noah"
 * "Enable multi-factor authentication for Noah Bennett". Only when no command matches that way,
 * each query word may sit anywhere inside the text ("adal" finds "EnableADAL"). Commands with more
 * exact words rank first, then those matched in the label rather than the group, then those whose
 * words come earlier; ties keep the list's order. A blank query finds everything. Pure.
 */
export function matchCommands<T extends Searchable>(commands: readonly T[], query: string): readonly T[] {
	const words = wordsOf(query);
	if (words.length === 0) {
		return commands;
	}

	const ranked = (rankOf: (command: T) => Rank | undefined): readonly T[] =>
		commands
			.map((command, index) => ({command, index, rank: rankOf(command)}))
			.filter((entry): entry is {command: T; index: number; rank: Rank} => entry.rank !== undefined)
			.sort((a, b) => compare(a.rank, b.rank) || a.index - b.index)
			.map((entry) => entry.command);
	const byPrefix = ranked((command) => prefixRank(words, wordsOf(command.label), wordsOf(command.group)));
	return byPrefix.length > 0 ? byPrefix : ranked((command) => substringRank(words, `${command.label} ${command.group}`.toLowerCase()));
}
