import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable, Writable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import type {CommandContext, GlobalFlags} from '../../source/commands/command.js';
import {playCommand} from '../../source/commands/play.js';
import {needsTerminalMessage} from '../../source/ui/app/interactive-support.js';
import {fixturesDir, flags, runCommand} from './command-harness.js';

/** Streams that say they are a terminal, so `play` gets past the TTY check (and stops before Ink on usage errors). */
async function inTerminal(args: readonly string[], overrides: Partial<GlobalFlags> = {}): Promise<{code: number; stderr: string}> {
	let stderr = '';
	const terminal = (sink?: (text: string) => void) =>
		Object.assign(
			new Writable({
				write(chunk: Buffer | string, _encoding, done) {
					sink?.(String(chunk));
					done();
				},
			}),
			{isTTY: true, columns: 80, rows: 24},
		);
	const context: CommandContext = {
		args,
		flags: flags({save: false, ...overrides}),
		stdout: terminal() as unknown as CommandContext['stdout'],
		stderr: terminal((text) => (stderr += text)) as unknown as CommandContext['stderr'],
		stdin: Object.assign(Readable.from([]), {isTTY: true}) as unknown as CommandContext['stdin'],
		env: {CI: 'false'},
		fixturesDir,
		version: '0.0.0-test',
	};
	return {code: await playCommand(context), stderr};
}

describe('mfadesk play', () => {
	test('without a terminal: exit 2 with a sentence pointing at run and test, never a stack trace', async () => {
		const result = await runCommand(playCommand, ['codes-wrong-number']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(`${needsTerminalMessage}\n`);
		expect(result.stdout).toBe('');
	});

	test('usage errors come first and exit 2: bad names, bad time limits, two scenarios, a missing directory', async () => {
		const cases: Array<[readonly string[], Partial<GlobalFlags>, string]> = [
			[['codes-wrong-number'], {trainee: '=cmd|calc'}, '--trainee "=cmd|calc" is not a valid name'],
			[['codes-wrong-number'], {cohort: ''}, '--cohort "" is not a valid name'],
			[['codes-wrong-number'], {timeLimit: 0}, '--time-limit must be a whole number of minutes from 1 to 1440'],
			[['codes-wrong-number'], {seed: -1}, '--seed must be a whole number of 0 or more'],
			[['codes-wrong-number', 'outlook-2013-prompts'], {}, 'play takes one scenario id or file'],
			[[], {scenarios: 'no/such/dir'}, '--scenarios no/such/dir: not found'],
		];
		for (const [args, overrides, message] of cases) {
			const result = await runCommand(playCommand, args, overrides);
			expect(result.code, message).toBe(2);
			expect(result.stderr).toContain(message);
			expect(result.stderr).toContain('Usage: mfadesk play');
		}
	});

	test('an unknown scenario in a terminal: exit 2 with a suggestion, before any UI', async () => {
		const result = await inTerminal(['codes-wrong-numbr']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('no scenario "codes-wrong-numbr"');
		expect(result.stderr).toContain('codes-wrong-number');
	});
});

describe('mfadesk play and a --db file that is no progress file', () => {
	test('refused with exit 1 before any UI; the file is never renamed or written', async () => {
		const directory = mkdtempSync(path.join(tmpdir(), 'mfadesk-play-db-'));
		try {
			const notes = path.join(directory, 'notes.txt');
			writeFileSync(notes, 'my notes\n');
			const result = await inTerminal(['codes-wrong-number'], {save: true, db: notes});
			expect(result.code).toBe(1);
			expect(result.stderr).toBe(
				`mfadesk: The file ${notes} given with --db is not an mfadesk progress file (not valid JSON: line 1, column 1: expected a value, found "m"); it was left as it is. Check the --db path: it takes an mfadesk progress file, or a new file name to start one.\n`,
			);
			expect(readdirSync(directory)).toEqual(['notes.txt']);
			expect(readFileSync(notes, 'utf8')).toBe('my notes\n');
		} finally {
			rmSync(directory, {recursive: true, force: true});
		}
	});
});

describe('the CLI root stays light', () => {
	/** Static imports reachable from a source file (dynamic `import()` is how commands load lazily). */
	function staticGraph(entry: string): Set<string> {
		const seen = new Set<string>();
		const visit = (file: string): void => {
			if (seen.has(file)) {
				return;
			}

			seen.add(file);
			const text = readFileSync(file, 'utf8');
			for (const match of text.matchAll(/^(?:import|export)\s(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
				const target = match[1]!;
				if (target.startsWith('.')) {
					const resolved = path.resolve(path.dirname(file), target).replace(/\.js$/, '');
					visit([`${resolved}.ts`, `${resolved}.tsx`].find((each) => existsSync(each)) ?? `${resolved}.ts`);
				} else {
					seen.add(target);
				}
			}
		};

		visit(entry);
		return seen;
	}

	test('--version, --help and bare mfadesk without a terminal never load Ink, React, argon2 or otplib', () => {
		const graph = [...staticGraph(path.resolve('source/cli.tsx'))];
		expect(graph.filter((each) => /^(?:ink|react|argon2|otplib)(?:\/|$)/.test(each))).toEqual([]);
		expect(graph.some((each) => each.endsWith('interactive-support.ts'))).toBe(true);
	});
});
