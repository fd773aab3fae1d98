import {commandSpecs, type CommandName, type CommandSpec} from './command-specs.js';
import {flagNames, flagTable, type FlagName, universalFlags} from './flag-table.js';

/** Help text, drawn from command-specs.ts and flag-table.ts: the global index and each command's page. */

const indent = '  ';

/** Help lines are kept to this many columns (a narrow terminal still wraps them itself). */
const helpWidth = 100;

/** Splits text into lines of at most `width` columns, at spaces. */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line !== '' && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line === '' ? word : `${line} ${word}`;
		}
	}

	return [...lines, line];
}

/** A usage line broken before its `[options]` to fit the help width, continuation lines under the arguments. */
function usageLines(line: string): string[] {
	const lead = `${indent}${indent}$ mfadesk `;
	const synopsis = synopsisOf(line);
	const hang = ' '.repeat(lead.length + synopsis.split(' ')[0]!.length + 1);
	const parts = line.slice(synopsis.length).split(/ (?=\[)/).filter((part) => part !== '');
	const lines = [`${lead}${synopsis}`];
	for (const part of parts) {
		const last = lines.at(-1)!;
		if (last.length + 1 + part.length > helpWidth) {
			lines.push(`${hang}${part}`);
		} else {
			lines[lines.length - 1] = `${last} ${part}`;
		}
	}

	return lines;
}

/** Paragraph lines, wrapped to the help width. */
function prose(lines: readonly string[]): string[] {
	return lines.flatMap((line) => wrap(line, helpWidth - indent.length).map((part) => `${indent}${part}`));
}

/** Two columns: names on the left, descriptions wrapped on the right. */
function table(rows: ReadonlyArray<readonly [string, string]>): string[] {
	const width = Math.max(...rows.map(([left]) => left.length));
	const lead = `${indent}${indent}`;
	return rows.flatMap(([left, right]) =>
		wrap(right, Math.max(40, helpWidth - lead.length - width - 2)).map((part, index) => `${lead}${(index === 0 ? left : '').padEnd(width)}  ${part}`),
	);
}

function exampleLines(examples: CommandSpec['examples']): string[] {
	return examples.flatMap((example) => [`${indent}${indent}$ ${example.command}`, ...(example.comment === undefined ? [] : [`${indent}${indent}  ${example.comment}`])]);
}

/** The part of a usage line before its options: `run <id|file>`, `test [paths...]`, `play [<id|file>]`. */
export function synopsisOf(usage: string): string {
	const cut = usage.search(/ \[-/);
	return cut === -1 ? usage : usage.slice(0, cut);
}

/** The curated examples atop the global help. */
const overviewExamples = [
	['mfadesk', 'Pick a scenario and play it (in a terminal)'],
	['mfadesk play codes-wrong-number --trainee "Ana Ruiz" --cohort helpdesk-march', ''],
	['mfadesk list', 'Built-in scenarios by topic and difficulty'],
	['mfadesk run codes-wrong-number', 'Play its reference solution, graded'],
	['mfadesk test', 'Prove the whole pack: solutions pass, wrong remedies fail'],
	['mfadesk lint my-scenarios/new-ticket.yaml', 'file:line:column problems, exit 1 on any'],
	['mfadesk session start --cohort "Helpdesk March" --ids codes-wrong-number,codes-clock-drift', ''],
	['mfadesk help run', 'One command: usage, options, examples'],
] as const;

/** `mfadesk --help`: the index of commands and options. */
export function globalHelp(description: string | undefined): string {
	const commands = (Object.keys(commandSpecs) as CommandName[]).flatMap((name) => {
		const spec: CommandSpec = commandSpecs[name];
		const synopses = [...new Set(spec.usage.map((line) => synopsisOf(line)))];
		return [...synopses.map((line) => `${indent}${indent}mfadesk ${line}`), `${indent}${indent}${indent}${indent}${spec.summary}`];
	});
	const examples = overviewExamples.map(([command, comment]) => (comment === '' ? `$ ${command}` : `$ ${command.padEnd(44)}${comment}`));
	return [
		'',
		...(description === undefined ? [] : [`${indent}${description}`, '']),
		`${indent}Usage`,
		`${indent}${indent}$ mfadesk <command> [options]`,
		`${indent}${indent}$ mfadesk <command> --help      (or mfadesk help <command>)`,
		'',
		`${indent}Examples`,
		...examples.map((line) => `${indent}${indent}${line}`),
		'',
		`${indent}Commands`,
		...commands,
		`${indent}${indent}mfadesk help [<command>]`,
		`${indent}${indent}${indent}${indent}This index, or one command's usage, options and examples`,
		'',
		`${indent}Options (mfadesk <command> --help says which a command takes)`,
		...table(flagNames.map((name) => [flagTable[name].syntax, flagTable[name].summary])),
		'',
		`${indent}mfadesk and mfadesk play need a terminal; every other command runs without one.`,
		`${indent}Data goes to stdout, messages to stderr.`,
		`${indent}Exit codes: 0 ok, 1 a scenario or validation failed, 2 usage error, 130 interrupted.`,
		'',
	].join('\n');
}

/** `mfadesk <command> --help` and `mfadesk help <command>`: usage, what it does, its options and examples. */
export function commandHelp(name: CommandName): string {
	const spec: CommandSpec = commandSpecs[name];
	const flags = [...(Object.keys(spec.flags) as FlagName[]), ...universalFlags];
	const meaning = (flag: FlagName): string => spec.flags[flag] ?? (flag === 'help' ? 'Show this help' : flagTable[flag].summary);
	return [
		'',
		`${indent}Usage`,
		...spec.usage.flatMap((line) => usageLines(line)),
		'',
		...prose([`${spec.summary}.`, ...(spec.description ?? [])]),
		'',
		`${indent}Options`,
		...table(flags.map((flag) => [flagTable[flag].syntax, meaning(flag)])),
		'',
		`${indent}Examples`,
		...exampleLines(spec.examples),
		...(spec.notes === undefined ? [] : ['', ...prose(spec.notes)]),
		'',
	].join('\n');
}
