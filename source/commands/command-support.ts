import {stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {formatIssue, sortIssues, type ScenarioIssue} from '../scenario/issues.js';
import {notFoundMessage} from '../adapters/scenario-paths.js';
import {exitCodes, type CommandContext, type ExitCode} from './command.js';
import {usageOf, type CommandName} from './command-specs.js';

/** The stream a command writes to (stdout or stderr of its context). */
export type OutputStream = Pick<CommandContext['stdout'], 'write'>;

/** Writes text followed by a newline. */
export function writeLine(stream: OutputStream, text = ''): void {
	stream.write(`${text}\n`);
}

const guarded = new WeakSet<object>();

/**
 * Lets `mfadesk schema | head` end quietly: a reader that closes the pipe early makes stdout emit EPIPE,
 * which is not an error of the command. Other stream errors still surface.
 */
export function ignoreBrokenPipe(context: CommandContext): void {
	const stream = context.stdout;
	if (guarded.has(stream) || typeof stream.on !== 'function') {
		return;
	}

	guarded.add(stream);
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') {
			throw error;
		}
	});
}

/** Prints a usage error to stderr (the sentence, the command's usage lines, where its help is) and returns exit code 2. */
export function usageError(context: CommandContext, message: string, command: CommandName): ExitCode {
	writeLine(context.stderr, `mfadesk: ${message}`);
	writeLine(context.stderr, usageOf(command));
	writeLine(context.stderr, `Run mfadesk ${command} --help for more.`);
	return exitCodes.usage;
}

/** True when the path exists (a file, a directory or anything else). */
export async function exists(file: string): Promise<boolean> {
	return (await stat(file).catch(() => undefined)) !== undefined;
}

/**
 * Checks `--scenarios <dir>`: a usage error (exit 2) when it is given and is not a directory, else undefined.
 * Commands whose lookups include the directory call this first, so a typo is not a silently empty catalogue.
 */
export async function checkScenariosDirectory(context: CommandContext, command: CommandName): Promise<ExitCode | undefined> {
	const directory = context.flags.scenarios;
	if (directory === undefined) {
		return undefined;
	}

	const info = await stat(directory).catch(() => undefined);
	if (info?.isDirectory()) {
		return undefined;
	}

	return usageError(context, info === undefined ? `--scenarios ${await notFoundMessage(directory)}` : `--scenarios ${directory}: not a directory`, command);
}

/**
 * Checks `--junit <file>` before a run that may take a while: a usage error (exit 2) when its directory does not
 * exist or the path is a directory, else undefined. Whether the file can really be written shows when it is.
 */
export async function checkReportPath(context: CommandContext, command: CommandName): Promise<ExitCode | undefined> {
	const file = context.flags.junit;
	if (file === undefined) {
		return undefined;
	}

	const [directory, itself] = await Promise.all([stat(path.dirname(file)).catch(() => undefined), stat(file).catch(() => undefined)]);
	if (!directory?.isDirectory()) {
		return usageError(context, `--junit ${file}: ${directory === undefined ? `the directory ${path.dirname(file)} does not exist` : `${path.dirname(file)} is not a directory`}`, command);
	}

	return itself?.isDirectory() ? usageError(context, `--junit ${file}: is a directory; give a file name, e.g. ${path.join(file, 'junit.xml')}`, command) : undefined;
}

/** The seed of a run: `--seed n` (a non-negative integer) or 1, so headless runs are reproducible by default. */
export function seedOf(context: CommandContext): {readonly ok: true; readonly seed: number} | {readonly ok: false; readonly message: string} {
	const {seed} = context.flags;
	if (seed === undefined) {
		return {ok: true, seed: 1};
	}

	return Number.isSafeInteger(seed) && seed >= 0 ? {ok: true, seed} : {ok: false, message: `--seed must be a whole number of 0 or more${Number.isNaN(seed) ? '' : `, got ${seed}`}`};
}

/**
 * A path as reports show it: a built-in fixture as `fixtures/...` (the same on every machine, so JSON output
 * does not depend on where the package is installed), anything else relative to the working directory when
 * that is shorter.
 */
export function displayPath(file: string, fixturesDir?: string, cwd: string = process.cwd()): string {
	if (fixturesDir !== undefined) {
		const inside = path.relative(fixturesDir, path.resolve(file));
		if (inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside)) {
			return path.join('fixtures', inside).split(path.sep).join('/');
		}
	}

	const relative = path.relative(cwd, file);
	return relative !== '' && relative.length < file.length ? relative : file;
}

/** Issues with display paths, sorted top to bottom per file. */
export function displayIssues(issues: readonly ScenarioIssue[], fixturesDir?: string): ScenarioIssue[] {
	return sortIssues(issues.map((issue) => ({...issue, file: displayPath(issue.file, fixturesDir)})));
}

/** Prints issues as `file:line:column path: message`, one a line, to stderr. */
export function printIssues(context: CommandContext, issues: readonly ScenarioIssue[]): void {
	for (const issue of issues) {
		writeLine(context.stderr, formatIssue(issue));
	}
}

/** Writes a report file (e.g. JUnit XML); returns a message when it could not. */
export async function writeReportFile(file: string, text: string): Promise<string | undefined> {
	try {
		await writeFile(file, text, 'utf8');
		return undefined;
	} catch (error: unknown) {
		const code = (error as {code?: unknown}).code;
		const known = typeof code === 'string' && Object.hasOwn(writeFailures, code) ? writeFailures[code] : undefined;
		return `cannot write ${file}: ${known ?? (typeof code === 'string' ? code : 'write error')}`;
	}
}

/** Why a report file could not be written, in words, for the common causes. */
const writeFailures: Readonly<Record<string, string>> = {
	ENOENT: 'its directory does not exist',
	ENOTDIR: 'a part of its path is a file, not a directory',
	EISDIR: 'it is a directory',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EROFS: 'the file system is read-only',
	ENOSPC: 'the disk is full',
};

/** JSON as commands print it: two-space indentation and a final newline. */
export function toJson(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Runs work that Ctrl+C may interrupt: the first SIGINT aborts the signal (the work stops between steps and
 * the command exits 130); the handler is removed afterwards, so a second Ctrl+C ends the process as usual.
 */
export async function interruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
	const controller = new AbortController();
	const onInterrupt = (): void => controller.abort();
	process.once('SIGINT', onInterrupt);
	try {
		return await work(controller.signal);
	} finally {
		process.removeListener('SIGINT', onInterrupt);
	}
}
