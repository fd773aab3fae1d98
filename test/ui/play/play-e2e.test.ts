/**
 * End to end: the BUILT binary (`npm run build`: the rolldown bundle) in a real pseudo-terminal (tmux),
 * driven by keystrokes. It solves codes-wrong-number and reads the debrief; Ctrl+C exits 130 with the
 * terminal back in canonical mode; without a terminal, play and bare mfadesk exit 2 with a sentence or
 * the help; the bundle's light commands load no heavy package. Waits poll tmux capture-pane in a
 * bounded loop; nothing sleeps for a fixed time.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {isBuiltin} from 'node:module';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `mfadesk-e2e-${process.pid}`;
let sessions = 0;

function tmux(...args: string[]): string {
	return execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
}

/** A program running in a tmux pane of the given size; the shell then prints its exit code and terminal modes. */
function terminal(command: string, size = {columns: 100, rows: 30}) {
	const name = `play-${++sessions}`;
	const modes = `TTY=$(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' ')`;
	tmux('new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), `cd '${process.cwd()}' && ${command}; echo EXIT=$?; ${modes}; echo "$TTY"; sleep 60`);
	const capture = (): string => tmux('capture-pane', '-p', '-t', name);
	return {
		capture,
		/** Polls the pane until it shows the text, at most `timeoutMs`. */
		async waitFor(text: string, timeoutMs = 10_000): Promise<string> {
			const deadline = Date.now() + timeoutMs;
			let frame = capture();
			while (!frame.includes(text)) {
				if (Date.now() > deadline) {
					throw new Error(`Timed out waiting for "${text}". The pane shows:\n${frame}`);
				}

				await new Promise((resolve) => setTimeout(resolve, 50));
				frame = capture();
			}

			return frame;
		},
		keys: (...keys: string[]) => tmux('send-keys', '-t', name, ...keys),
		type: (text: string) => tmux('send-keys', '-t', name, '-l', text),
		close: () => tmux('kill-session', '-t', name),
	};
}

beforeAll(() => {
	execFileSync('npm', ['run', 'build'], {stdio: 'pipe'});
}, 120_000);

afterAll(() => {
	if (hasTmux) {
		spawnSync('tmux', ['-L', socket, 'kill-server']);
	}
});

describe.skipIf(!hasTmux)(hasTmux ? 'the built mfadesk in a real terminal (tmux)' : 'the built mfadesk in a real terminal: SKIPPED, tmux is not installed', () => {
	test('solves codes-wrong-number by keystrokes and shows the debrief', async () => {
		const pane = terminal('CI=false node distribution/cli.js play codes-wrong-number --no-save --seed 1');
		try {
			const intro = await pane.waitFor('Press Enter to start');
			expect(intro).toContain('Ticket from Priya Patel');
			pane.keys('Enter');
			await pane.waitFor('0 changes');
			pane.keys(':');
			await pane.waitFor('type to search every action');
			pane.type('set priya authentication phone');
			await pane.waitFor("Set Priya Patel's authentication phone (type the number)...");
			pane.keys('Enter');
			await pane.waitFor('Phone number:');
			// The number she reads off her phone (the phone screen shows it); the palette doesn't give it away.
			pane.type('+1 4255550123');
			pane.keys('Enter');
			await pane.waitFor('1 change ');
			pane.keys(':');
			await pane.waitFor('type to search every action');
			pane.type('priya try signing in again with chrome');
			await pane.waitFor('Try signing in again with Chrome on laptop');
			pane.keys('Enter');
			// Her answer in the status line; a sign-in is free, so the header still counts 1 change (as the debrief will).
			expect(await pane.waitFor('Priya: "')).toContain('1 change ');
			pane.keys('s');
			await pane.waitFor('Submit your fix for grading?');
			pane.keys('y');
			const debrief = await pane.waitFor('Resolved: the goal is met and no red flag was raised.');
			expect(debrief).toContain('Score 100/100');
			expect(debrief).toContain('✓ The registered number is the one in her hand');
			expect(debrief).toContain('Not saved (--no-save)');
			pane.keys('q');
			const after = await pane.waitFor('EXIT=');
			expect(after).toContain('EXIT=0');
		} finally {
			pane.close();
		}
	});

	test('Ctrl+C in the workspace exits 130 and leaves the terminal as it was', async () => {
		const pane = terminal('CI=false node distribution/cli.js play codes-wrong-number --no-save --seed 1', {columns: 80, rows: 24});
		try {
			await pane.waitFor('Press Enter to start');
			pane.keys('Enter');
			await pane.waitFor('0 changes');
			pane.keys('C-c');
			const after = await pane.waitFor('EXIT=');
			expect(after).toContain('EXIT=130');
			const modes = await pane.waitFor('icanon');
			expect(modes).toMatch(/(?<!-)icanon/);
			expect(modes).toMatch(/(?<!-)echo/);
			expect(modes).not.toContain('Error');
		} finally {
			pane.close();
		}
	});
});

describe('the built mfadesk without a terminal', () => {
	test('play exits 2 with the sentence pointing at run and test; bare mfadesk prints the help and exits 2', () => {
		const play = spawnSync('node', ['distribution/cli.js', 'play', 'codes-wrong-number', '--no-save'], {encoding: 'utf8', stdio: 'pipe', env: {...process.env, CI: 'false'}});
		expect(play.status).toBe(2);
		expect(play.stderr).toContain('mfadesk play needs an interactive terminal; use `mfadesk run <id> --solution <file>` or `mfadesk test`');
		expect(play.stderr).not.toContain('Raw mode');
		const bare = spawnSync('node', ['distribution/cli.js'], {encoding: 'utf8', stdio: 'pipe', env: {...process.env, CI: 'false'}});
		expect(bare.status).toBe(2);
		expect(bare.stdout).toContain('mfadesk play [<id|file>]');
		expect(bare.stdout).toContain('Examples');
	});
});

describe('the built bundle', () => {
	const distribution = path.resolve('distribution');
	const relativeImport = /^(?:import|export)\s[^;]*?from\s*"(\.{1,2}\/[^"]+)"|^import\s*"(\.{1,2}\/[^"]+)"/gm;
	const bareImport = /^import\s[^;]*?from\s*"([^."][^"]*)"/gm;
	const bundledModule = /^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm;

	/** The files Node loads to start a bundle file (its static imports, transitively), dynamic `import()` left out. */
	function staticClosure(file: string, seen = new Set<string>()): Set<string> {
		if (!seen.has(file)) {
			seen.add(file);
			for (const match of readFileSync(file, 'utf8').matchAll(relativeImport)) {
				staticClosure(path.resolve(path.dirname(file), match[1] ?? match[2]!), seen);
			}
		}

		return seen;
	}

	/** Packages in those files: bundled in (rolldown's `// node_modules/<package>/` marks) or imported from node_modules (argon2). */
	function packagesOf(files: Iterable<string>): string[] {
		const names = new Set<string>();
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			for (const match of [...text.matchAll(bundledModule), ...text.matchAll(bareImport)]) {
				if (!isBuiltin(match[1]!)) {
					names.add(match[1]!);
				}
			}
		}

		return [...names].sort();
	}

	/** The chunk a command's lazy loader imports, e.g. chunks/list-<hash>.js. */
	function commandChunk(name: string): string {
		const match = new RegExp(`import\\("(\\./chunks/${name}-[\\w-]+\\.js)"\\)`).exec(readFileSync(path.join(distribution, 'cli.js'), 'utf8'));
		expect(match, `cli.js imports a ${name} chunk lazily`).not.toBeNull();
		return path.join(distribution, match![1]!);
	}

	const heavy = /^(?:ink|react|react-reconciler|yoga-layout|argon2|otplib|@otplib\/.*|zod|yaml)$/;

	test('--version and list load no heavy package; play loads Ink, React and yoga only when it draws', () => {
		const start = staticClosure(path.join(distribution, 'cli.js'));
		expect(packagesOf(start)).toEqual(['meow']);
		expect(packagesOf(staticClosure(commandChunk('list'))).filter((name) => heavy.test(name))).toEqual([]);
		const play = packagesOf(staticClosure(commandChunk('play')));
		expect(play.filter((name) => /^(?:ink|react|yoga-layout)$/.test(name))).toEqual([]);
	});

	test('--version prints the version in package.json', () => {
		const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};
		expect(execFileSync('node', ['distribution/cli.js', '--version'], {encoding: 'utf8'})).toBe(`${version}\n`);
	});
});
