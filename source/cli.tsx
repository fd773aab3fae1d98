#!/usr/bin/env node
/**
 * Composition root: parses flags with meow, then loads the one command asked for. Only this file
 * builds real adapters (through the commands it loads); nothing here runs at import time elsewhere.
 */
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import {exitCodes, type GlobalFlags} from './commands/command.js';
import {commandRegistry, findCommand} from './commands/registry.js';

// chalk (used by Ink) ignores NO_COLOR; map it before anything renders (stack notes, section 3).
if (process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '') {
	process.env['FORCE_COLOR'] = '0';
}

const commandLines = Object.entries(commandRegistry)
	.map(([, entry]) => `  mfadesk ${entry.usage.padEnd(44)} ${entry.summary}`)
	.join('\n');

const help = `
  Practise troubleshooting Microsoft 365 MFA and app passwords in a simulated tenant.

  Usage
${commandLines || '  (no commands yet)'}

  Global options
    --seed <n>          Seed for randomised variants (same seed, same run)
    --json              Machine-readable output on stdout
    -h, --help          Show this help
    -v, --version       Show the version

  Exit codes: 0 ok, 1 a scenario or validation failed, 2 usage error, 130 interrupted.
`;

const cli = meow(help, {
	importMeta: import.meta,
	autoHelp: false,
	autoVersion: false,
	allowUnknownFlags: false,
	flags: {
		help: {type: 'boolean', shortFlag: 'h', default: false},
		version: {type: 'boolean', shortFlag: 'v', default: false},
		json: {type: 'boolean', default: false},
		seed: {type: 'number'},
		trainee: {type: 'string'},
		cohort: {type: 'string'},
		scenarios: {type: 'string'},
		db: {type: 'string'},
		save: {type: 'boolean', default: true},
		solution: {type: 'string'},
		junit: {type: 'string'},
		format: {type: 'string'},
		realTime: {type: 'boolean', default: false},
		at: {type: 'string'},
		users: {type: 'number'},
		timeLimit: {type: 'number'},
		merge: {type: 'boolean', default: false},
	},
});

async function main(): Promise<number> {
	if (cli.flags.version) {
		process.stdout.write(`${cli.pkg.version ?? '0.0.0'}\n`);
		return exitCodes.ok;
	}

	const [name, ...args] = cli.input;
	if (cli.flags.help || name === undefined) {
		process.stdout.write(cli.help + '\n');
		return name === undefined && !cli.flags.help ? exitCodes.usage : exitCodes.ok;
	}

	const entry = findCommand(name);
	if (!entry) {
		process.stderr.write(`mfadesk: unknown command "${name}". Run mfadesk --help for the list.\n`);
		return exitCodes.usage;
	}

	const {help: _help, version: _version, ...rest} = cli.flags;
	const flags = rest as GlobalFlags;
	const command = await entry.load();
	return command({
		args,
		flags,
		stdout: process.stdout,
		stderr: process.stderr,
		stdin: process.stdin,
		env: process.env,
		fixturesDir: join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures'),
		version: cli.pkg.version ?? '0.0.0',
	});
}

// Set the exit code and let Node drain stdout rather than calling process.exit (stack notes, section 3).
process.exitCode = await main();
