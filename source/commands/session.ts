import {suggest} from '../scenario/suggest.js';
import type {Command, CommandContext, ExitCode, GlobalFlags} from './command.js';
import {typedFlag, type FlagName} from './flag-table.js';
import {endSession, listSessions} from './session-list.js';
import {startSession} from './session-start.js';
import {sessionUsageError} from './session-support.js';

type Subcommand = {readonly flags: readonly FlagName[]; readonly run: (context: CommandContext) => Promise<ExitCode>};

const subcommands: Readonly<Record<string, Subcommand>> = {
	start: {flags: ['cohort', 'ids', 'timeLimit', 'replace', 'add', 'scenarios', 'json', 'db', 'save'], run: startSession},
	list: {flags: ['cohort', 'json', 'db', 'save'], run: listSessions},
	end: {flags: ['cohort', 'json', 'db', 'save'], run: endSession},
};

const flagDefaults: Partial<Record<keyof GlobalFlags, unknown>> = {json: false, save: true, realTime: false, merge: false, replace: false, add: false};

/** The first flag given that this subcommand does not take. */
function foreignFlag(flags: GlobalFlags, allowed: readonly FlagName[]): FlagName | undefined {
	return (Object.keys(flags) as Array<keyof GlobalFlags>).find(
		(name): name is FlagName & keyof GlobalFlags => flags[name] !== undefined && flags[name] !== flagDefaults[name] && !allowed.includes(name as FlagName),
	);
}

/**
 * `mfadesk session start|list|end`: training sessions in the progress store. `start` records a cohort's
 * scenarios and time limit and prints the commands trainees run; `list` shows every cohort's session; `end`
 * closes one. Data to stdout, messages to stderr; exit 0, 1 (progress file unusable, or no session for the
 * `--cohort` of list or end) or 2 (usage). `list` only reads: a progress file it cannot use is left as it is.
 */
export const sessionCommand: Command = async (context) => {
	const [name, ...extra] = context.args;
	const subcommand = name === undefined || !Object.hasOwn(subcommands, name) ? undefined : subcommands[name];
	if (subcommand === undefined) {
		const close = name === undefined ? '' : suggest(name, Object.keys(subcommands));
		return sessionUsageError(context, name === undefined ? 'say what to do: start, list or end' : `unknown subcommand "${name}"${close.startsWith(';') ? close : ': use start, list or end'}`);
	}

	if (extra.length > 0) {
		return sessionUsageError(context, `unexpected argument "${extra[0]!}"`);
	}

	const foreign = foreignFlag(context.flags, subcommand.flags);
	if (foreign !== undefined) {
		return sessionUsageError(context, `session ${name!} does not take ${typedFlag(foreign)}`);
	}

	return subcommand.run(context);
};
