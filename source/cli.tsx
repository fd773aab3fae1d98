#!/usr/bin/env node
/**
 * Composition root: parses flags with meow, then loads the one command asked for. Only this file
 * builds real adapters (through the commands it loads); nothing here runs at import time elsewhere.
 */
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import {exitCodes, type GlobalFlags} from './commands/command.js';
import {commandRegistry, findCommand} from './commands/registry.js';
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

const commandLines = Object.entries(commandRegistry)
	.map(([, entry]) => `    mfadesk ${entry.usage}\n        ${entry.summary}`)
	.join('\n');

const help = `
  Examples
    $ mfadesk                                       Pick a scenario and play it (in a terminal)
    $ mfadesk play codes-wrong-number --trainee "Ana Ruiz" --cohort helpdesk-march
    $ mfadesk list                                  Built-in scenarios by topic and difficulty
    $ mfadesk run codes-wrong-number                Play its reference solution, graded
    $ mfadesk run codes-wrong-number --solution my-fix.yaml --seed 7 --json
    $ mfadesk test                                  Prove the whole pack: solutions pass, wrong remedies fail
    $ mfadesk test my-scenarios/ --junit junit.xml  Your own scenarios, with a CI report
    $ mfadesk lint my-scenarios/new-ticket.yaml     file:line:column problems, exit 1 on any
    $ mfadesk schema > scenario.schema.json         For yaml-language-server completion

  Commands
${commandLines || '    (no commands yet)'}

  Options
    --seed <n>              Seed for variants (same seed, same run); run/test default 1, play draws one
    --solution <file|name>  run: a steps file (YAML/JSON with steps:), or a solution or wrong remedy by name
    --scenarios <dir>       More scenarios next to the built-in pack
    --json                  Machine-readable output on stdout
    --junit <file>          run, test: also write JUnit XML
    --trainee <name>        Who is playing (progress and reports)
    --cohort <name>         Training group (progress and reports)
    --time-limit <min>      session start, play: simulated minutes per scenario
    --format md|csv|json    report: output format (default md)
    --db <file>             Progress file (or MFADESK_DB); default in your data directory
    --no-save               Keep progress in memory only
    -h, --help              Show this help
    -v, --version           Show the version

  mfadesk and mfadesk play need a terminal; every other command runs without one.
  Data goes to stdout, messages to stderr.
  Exit codes: 0 ok, 1 a scenario or validation failed, 2 usage error, 130 interrupted.
`;

const cli = meow(help, {
	importMeta: import.meta,
	pkg: packageJson,
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
		process.stdout.write(`${version}\n`);
		return exitCodes.ok;
	}

	const [given, ...args] = cli.input;
	// Bare `mfadesk` opens the picker in a terminal; without one it prints the help (exit 2).
	const interactive = given === undefined && !cli.flags.help && interactiveSupport(process.stdin, process.stdout, process.env) === undefined;
	const name = interactive ? 'play' : given;
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
		version,
	});
}

// Set the exit code and let Node drain stdout rather than calling process.exit (stack notes, section 3).
process.exitCode = await main();
