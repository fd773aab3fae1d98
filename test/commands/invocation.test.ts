import {describe, expect, test} from 'vitest';
import {planInvocation, type Invocation} from '../../source/commands/invocation.js';

/** What `mfadesk <argv>` decides, without a terminal unless `canPlay` says otherwise. */
function plan(argv: readonly string[], canPlay = false): Invocation {
	return planInvocation({argv, version: '1.2.3', description: 'A terminal simulator.', canPlay: () => canPlay});
}

/** The one line a usage error prints. */
function refusal(argv: readonly string[]): string {
	const decided = plan(argv);
	expect(decided).toMatchObject({kind: 'print', code: 2});
	return decided.kind === 'print' ? (decided.stderr ?? '') : '';
}

describe('a flag mistake gets one mfadesk sentence and exit 2, before the command loads', () => {
	test('an unknown flag names the command and where its help is', () => {
		expect(refusal(['run', 'codes-wrong-number', '--bogus'])).toBe('mfadesk: unknown flag --bogus for "run" (see mfadesk run --help)\n');
	});

	test('a close flag gets "did you mean"', () => {
		expect(refusal(['run', 'codes-wrong-number', '--solutoin', 'fix.yaml'])).toBe('mfadesk: unknown flag --solutoin for "run"; did you mean "--solution"? (see mfadesk run --help)\n');
		expect(refusal(['session', 'start', '--cohrt', 'a'])).toContain('did you mean "--cohort"?');
	});

	test('the command is found even when the unknown flag comes first', () => {
		expect(refusal(['--bogus', 'run', 'codes-wrong-number'])).toBe('mfadesk: unknown flag --bogus for "run" (see mfadesk run --help)\n');
	});

	test('a flag another command takes is refused for this one', () => {
		expect(refusal(['list', '--solution', 'x.yaml'])).toBe('mfadesk: list does not take --solution (see mfadesk list --help)\n');
		expect(refusal(['schema', '--no-save'])).toBe('mfadesk: schema does not take --no-save (see mfadesk schema --help)\n');
	});

	test('unknown short flags, missing values and repeated flags', () => {
		expect(refusal(['list', '-x'])).toBe('mfadesk: unknown flag -x for "list" (see mfadesk list --help)\n');
		expect(refusal(['run', 'codes-wrong-number', '--solution'])).toBe('mfadesk: --solution needs a value: --solution <file|name> (see mfadesk run --help)\n');
		expect(refusal(['run', 'codes-wrong-number', '--seed', '--json'])).toContain('--seed needs a value');
		expect(refusal(['run', 'codes-wrong-number', '--seed', '1', '--seed', '2'])).toBe('mfadesk: --seed is given twice (see mfadesk run --help)\n');
	});

	test('an unknown flag with no command names the flag and points at mfadesk help, in a terminal or not', () => {
		for (const canPlay of [false, true]) {
			const decided = plan(['--bogus'], canPlay);
			expect(decided).toEqual({kind: 'print', stderr: 'mfadesk: unknown flag --bogus (see mfadesk help)\n', code: 2});
		}

		expect(refusal(['-x'])).toBe('mfadesk: unknown flag -x (see mfadesk help)\n');
	});

	test('with no command, a close flag or command is suggested', () => {
		expect(refusal(['--jsno'])).toBe('mfadesk: unknown flag --jsno; did you mean "--json"? (see mfadesk help)\n');
		expect(refusal(['--lsit'])).toBe('mfadesk: unknown flag --lsit; did you mean the command "list"? (see mfadesk help)\n');
		expect(refusal(['--test'])).toBe('mfadesk: unknown flag --test; "test" is a command, not a flag: mfadesk test (see mfadesk help)\n');
	});

	test('with no command, a flag only other commands take says which do', () => {
		expect(refusal(['--json'])).toBe('mfadesk: --json needs a command: list, run, test, lint, totp, session and report take it (see mfadesk help)\n');
		expect(refusal(['--ids', 'a,b'])).toBe('mfadesk: --ids needs a command: session takes it (see mfadesk help)\n');
		expect(plan(['--junit', 'x.xml'], true)).toMatchObject({kind: 'print', code: 2, stderr: 'mfadesk: --junit needs a command: run and test take it (see mfadesk help)\n'});
	});

	test("with no command, the picker's own flags go to play, which says when there is no terminal", () => {
		expect(plan(['--trainee', 'ana', '--seed', '3'])).toMatchObject({kind: 'run', name: 'play', args: [], flags: {trainee: 'ana', seed: 3}});
		expect(plan(['--no-save'], true)).toMatchObject({kind: 'run', name: 'play', flags: {save: false}});
	});

	test('an unknown flag that took the next word as its value is named, not that word as a command', () => {
		expect(refusal(['--sead', '3', 'list'])).toBe('mfadesk: unknown flag --sead; did you mean "--seed"? (see mfadesk help)\n');
		expect(refusal(['--bogus=1', 'frobnicate'])).toContain('unknown command "frobnicate"');
	});

	test('a number flag with a value that is no number is refused before the command runs', () => {
		expect(refusal(['run', 'codes-wrong-number', '--seed', 'abc'])).toBe('mfadesk: --seed takes a number: --seed <n>, got "abc" (see mfadesk run --help)\n');
		expect(refusal(['generate-tenant', '--users=lots'])).toBe('mfadesk: --users takes a number: --users <n>, got "lots" (see mfadesk generate-tenant --help)\n');
		expect(refusal(['play', '--time-limit='])).toContain('--time-limit takes a number: --time-limit <min>, got ""');
		expect(plan(['run', 'codes-wrong-number', '--seed', '-1'])).toMatchObject({kind: 'run', flags: {seed: -1}});
		expect(plan(['generate-tenant', '--users=1e3'])).toMatchObject({kind: 'run', flags: {users: 1000}});
	});

	test('an unknown command gets a suggestion', () => {
		expect(refusal(['rnu', 'codes-wrong-number'])).toBe('mfadesk: unknown command "rnu"; did you mean "run"? Run mfadesk --help for the list.\n');
		expect(refusal(['frobnicate'])).toBe('mfadesk: unknown command "frobnicate". Run mfadesk --help for the list.\n');
	});
});

describe('a good command line runs the command with its arguments and flags', () => {
	test('flags in kebab-case, values, --no-save and arguments in any order', () => {
		expect(plan(['play', '--time-limit', '20', 'codes-wrong-number', '--no-save', '--seed=7'], true)).toMatchObject({
			kind: 'run',
			name: 'play',
			args: ['codes-wrong-number'],
			flags: {timeLimit: 20, save: false, seed: 7, json: false},
		});
	});

	test('a negative number is a value, and everything after -- is an argument', () => {
		expect(plan(['run', 'codes-wrong-number', '--seed', '-1'])).toMatchObject({kind: 'run', flags: {seed: -1}});
		expect(plan(['lint', '--', '--odd-name.yaml'])).toMatchObject({kind: 'run', name: 'lint', args: ['--odd-name.yaml']});
	});

	test('bare mfadesk opens the picker in a terminal, and prints the help with exit 2 without one', () => {
		expect(plan([], true)).toMatchObject({kind: 'run', name: 'play', args: []});
		const bare = plan([]);
		expect(bare).toMatchObject({kind: 'print', code: 2, stdout: expect.stringContaining('mfadesk play [<id|file>]')});
	});
});

describe('help and version', () => {
	test('--help and -h print the global index; mfadesk help too', () => {
		for (const argv of [['--help'], ['-h'], ['help']]) {
			const decided = plan(argv);
			expect(decided).toMatchObject({kind: 'print', code: 0});
			expect(decided.kind === 'print' && decided.stdout).toContain('  Commands\n');
		}
	});

	test('<command> --help, <command> -h and help <command> print that command\'s help, even next to a bad flag', () => {
		const page = plan(['run', '--help']);
		expect(page).toMatchObject({kind: 'print', code: 0, stdout: expect.stringContaining('$ mfadesk run <id|file> [--solution <file|name>]')});
		expect(plan(['help', 'run'])).toEqual(page);
		expect(plan(['run', '-h', '--bogus'])).toEqual(page);
	});

	test('help for an unknown command is a usage error; help takes one name', () => {
		expect(refusal(['help', 'rnu'])).toContain('unknown command "rnu"; did you mean "run"?');
		expect(refusal(['help', 'run', 'list'])).toBe('mfadesk: help takes one command name, e.g. mfadesk help run\n');
		expect(plan(['help', 'session', 'start'])).toEqual(plan(['session', 'start', '--help']));
		expect(plan(['session', 'start', '--help'])).toMatchObject({kind: 'print', code: 0, stdout: expect.stringContaining('$ mfadesk session end --cohort <name>')});
	});

	test('--version and -v print the version wherever they are', () => {
		for (const argv of [['--version'], ['-v'], ['run', '-v']]) {
			expect(plan(argv)).toEqual({kind: 'print', stdout: '1.2.3\n', code: 0});
		}
	});
});
