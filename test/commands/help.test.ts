import {describe, expect, test} from 'vitest';
import {commandHelp, globalHelp, synopsisOf} from '../../source/commands/command-help.js';
import {commandSpecs, type CommandName, type CommandSpec} from '../../source/commands/command-specs.js';
import {flagTable, type FlagName, kebabOf} from '../../source/commands/flag-table.js';
import {planInvocation} from '../../source/commands/invocation.js';

const names = Object.keys(commandSpecs) as CommandName[];

/** Splits an example command line like a shell would, up to a redirection. */
function words(line: string): string[] {
	const found: string[] = [];
	for (const match of line.matchAll(/"([^"]*)"|(\S+)/g)) {
		if (match[2] === '>') {
			break;
		}

		found.push(match[1] ?? match[2]!);
	}

	return found;
}

describe('each command has its own help', () => {
	test.each(names)('%s --help: usage, options with what they mean here, 1 to 3 examples', (name) => {
		const spec: CommandSpec = commandSpecs[name];
		const page = commandHelp(name);
		expect(page).toContain(`$ mfadesk ${synopsisOf(spec.usage[0]!)}`);
		expect(page).toContain(spec.summary);
		for (const [flag, meaning] of Object.entries(spec.flags)) {
			expect(page).toContain(flagTable[flag as FlagName].syntax);
			expect(page.replaceAll(/\s+/g, ' ')).toContain(meaning);
		}

		expect(page).toContain('-h, --help');
		expect(spec.examples.length).toBeGreaterThanOrEqual(1);
		expect(spec.examples.length).toBeLessThanOrEqual(3);
		for (const line of page.split('\n')) {
			expect(line.length, line).toBeLessThanOrEqual(112);
		}
	});

	test.each(names)('%s: the usage lines name exactly the flags it takes', (name) => {
		const spec: CommandSpec = commandSpecs[name];
		const usage = spec.usage.join(' ');
		const inUsage = [...usage.matchAll(/--([a-z-]+)/g)].map((match) => match[1]!).map((typed) => (typed === 'no-save' ? 'save' : typed));
		expect(new Set(inUsage)).toEqual(new Set((Object.keys(spec.flags) as FlagName[]).map((flag) => kebabOf(flag))));
	});

	test.each(names)('%s: every example is a command line the CLI accepts', (name) => {
		for (const example of commandSpecs[name].examples) {
			const [program, ...argv] = words(example.command);
			expect(program).toBe('mfadesk');
			const decided = planInvocation({argv, version: '0', canPlay: () => true});
			expect(decided, example.command).toMatchObject({kind: 'run', name});
		}
	});
});

describe('the global help is the index', () => {
	test('it lists every command with its summary, and help <command>', () => {
		const index = globalHelp('A terminal simulator.');
		for (const name of names) {
			expect(index).toContain(`mfadesk ${synopsisOf(commandSpecs[name].usage[0]!)}\n`);
			expect(index).toContain(commandSpecs[name].summary);
		}

		expect(index).toContain('mfadesk help [<command>]');
		expect(index).toContain('Exit codes: 0 ok, 1 a scenario or validation failed, 2 usage error, 130 interrupted.');
	});

	test('session start takes --ids; --scenarios means a directory everywhere in the help', () => {
		expect(commandHelp('session')).toContain('$ mfadesk session start --cohort <name> --ids <id,id,...>');
		expect(globalHelp(undefined)).not.toMatch(/--scenarios [a-z]+-[a-z]+,/);
		for (const name of names) {
			expect(commandSpecs[name].usage.join(' ')).not.toContain('--scenarios <ids>');
		}
	});
});
