/**
 * Calls CLI commands the way cli.tsx does, with fake streams and no process.exit (stack notes section 2):
 * stdout and stderr are captured as text, the built-in fixtures come from the repository.
 */
import path from 'node:path';
import {Readable, Writable} from 'node:stream';
import type {Command, CommandContext, ExitCode, GlobalFlags} from '../../source/commands/command.js';

/** What a command printed and the code it returned. */
export type CommandResult = {readonly code: ExitCode; readonly stdout: string; readonly stderr: string};

class Capture extends Writable {
	text = '';
	isTTY = false;

	override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
		this.text += chunk.toString();
		done();
	}
}

/** The flags meow gives every command, with these overrides. */
export function flags(overrides: Partial<GlobalFlags> = {}): GlobalFlags {
	return {json: false, save: true, realTime: false, merge: false, replace: false, add: false, ...overrides};
}

/** The repository's fixtures/ directory, as cli.tsx computes it for the built package. */
export const fixturesDir = path.resolve('fixtures');

/** Runs a command with arguments and flags; never touches the real process streams. */
export async function runCommand(command: Command, args: readonly string[], overrides: Partial<GlobalFlags> = {}): Promise<CommandResult> {
	const stdout = new Capture();
	const stderr = new Capture();
	const context: CommandContext = {
		args,
		flags: flags(overrides),
		stdout: stdout as unknown as CommandContext['stdout'],
		stderr: stderr as unknown as CommandContext['stderr'],
		stdin: Readable.from([]) as unknown as CommandContext['stdin'],
		env: {},
		fixturesDir,
		version: '0.0.0-test',
	};
	const code = await command(context);
	return {code, stdout: stdout.text, stderr: stderr.text};
}
