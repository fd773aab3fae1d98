#!/usr/bin/env node
/**
 * Composition root: decides what the command line asks for (invocation.ts: help, the version, a usage
 * error, or a command with its flags), then loads the one command asked for. Only this file builds real
 * adapters (through the commands it loads); nothing here runs at import time elsewhere.
 */
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {planInvocation} from './commands/invocation.js';
import {commandRegistry} from './commands/registry.js';
import {interactiveSupport} from './ui/app/interactive-support.js';

// React's development build makes every keystroke several times slower; the CLI ships production (bench, issue 6).
process.env['NODE_ENV'] ??= 'production';

// chalk (used by Ink) ignores NO_COLOR; map it before anything renders (stack notes, section 3).
if (process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '') {
	process.env['FORCE_COLOR'] = '0';
}

// package.json, read once beside distribution/: meow gets it as `pkg`, so it neither searches for it nor
// normalises it (`cli.pkg` runs normalize-package-data, 2-3 ms on every command); the version comes from here.
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {readonly version?: string; readonly description?: string};
const version = packageJson.version ?? '0.0.0';

async function main(): Promise<number> {
	const plan = planInvocation({
		argv: process.argv.slice(2),
		version,
		description: packageJson.description,
		// Bare `mfadesk` opens the picker in a terminal; without one it prints the help (exit 2).
		canPlay: () => interactiveSupport(process.stdin, process.stdout, process.env) === undefined,
	});
	if (plan.kind === 'print') {
		if (plan.stdout !== undefined) {
			process.stdout.write(plan.stdout);
		}

		if (plan.stderr !== undefined) {
			process.stderr.write(plan.stderr);
		}

		return plan.code;
	}

	const command = await commandRegistry[plan.name].load();
	return command({
		args: plan.args,
		flags: plan.flags,
		stdout: process.stdout,
		stderr: process.stderr,
		stdin: process.stdin,
		env: process.env,
		fixturesDir: join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures'),
		version,
	});
}

// Set the exit code and let Node drain stdout rather than calling process.exit (stack notes, section 3).
process.exitCode = await main();
