import {createOtplibTotp} from '../adapters/otplib-totp.js';
import {createSeededRandom} from '../adapters/seeded-random.js';
import {formatInstant, parseInstant, SECOND, type Instant} from '../domain/common/time.js';
import type {TotpPort} from '../domain/ports.js';
import {findPerson, type Person} from '../domain/world/world.js';
import {buildInitialState} from '../scenario/build-initial-state.js';
import {suggest} from '../scenario/suggest.js';
import {enrolmentParameters, enrolmentTargets, findUserByIdOrUpn, normaliseSecret, type EnrolmentTarget} from '../services/enrolment.js';
import {findScenarioArgument} from './scenario-argument.js';
import {deviceCode, unixSeconds} from '../services/totp-facts.js';
import {exitCodes, type Command, type CommandContext, type ExitCode} from './command.js';
import {checkScenariosDirectory, displayIssues, ignoreBrokenPipe, printIssues, seedOf, toJson, usageError, writeLine} from './command-support.js';

const commandName = 'totp';

/** An ISO 8601 date, or date-time with `Z` or an offset: a time without a zone would depend on the machine. */
const isoPattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i;

/** One registration's code at the requested time. */
type CodeRow = {
	readonly credentialId: string;
	readonly kind: EnrolmentTarget['kind'];
	readonly name: string;
	readonly account: string;
	readonly code: string;
	/** What the user's simulated phone shows at that time, when it differs from `code`, and why. */
	readonly simulatedDevice?: {readonly code: string | null; readonly why: string};
};

function parseAt(text: string | undefined): {readonly ok: true; readonly at?: Instant} | {readonly ok: false; readonly message: string} {
	if (text === undefined) {
		return {ok: true};
	}

	const at = isoPattern.test(text) ? parseInstant(text) : undefined;
	return at === undefined ? {ok: false, message: `--at must be an ISO 8601 time with a zone, e.g. 2025-01-20T08:05:00Z; got "${text}"`} : {ok: true, at};
}

/** Why the simulated phone shows another code than a correctly enrolled app, in a few words. */
function deviceDifference(person: Person | undefined, target: EnrolmentTarget): string {
	const phone = person?.phone;
	const account = phone?.authenticator.accounts.find((each) => each.registrationId === target.credentialId);
	if (phone === undefined) {
		return 'no phone in hand';
	}

	if (!phone.poweredOn || !phone.authenticator.installed) {
		return phone.poweredOn ? 'the app is not installed' : 'the phone is off';
	}

	if (account === undefined) {
		return 'no account for this registration in the app';
	}

	if (normaliseSecret(account.secret) !== target.secret) {
		return 'the app holds another seed';
	}

	const offset = phone.clockOffsetSeconds;
	return `the phone clock is ${Math.abs(offset)} s ${offset > 0 ? 'fast' : 'slow'}`;
}

function codeRow(target: EnrolmentTarget, person: Person | undefined, at: Instant, totp: TotpPort): CodeRow {
	const {period} = enrolmentParameters;
	const code = totp.generate(target.secret, unixSeconds(at), period);
	const onDevice = deviceCode(person, {kind: target.kind, id: target.credentialId, secret: target.secret, periodSeconds: period}, at, totp);
	const row = {credentialId: target.credentialId, kind: target.kind, name: target.methodName, account: target.accountName, code};
	return onDevice === code ? row : {...row, simulatedDevice: {code: onDevice ?? null, why: deviceDifference(person, target)}};
}

/** ISO 8601 in UTC, without milliseconds when there are none: `2025-01-20T08:05:00Z`. */
function isoTime(at: Instant): string {
	return formatInstant(at).replace(/\.000Z$/, 'Z');
}

function kindText(row: CodeRow): string {
	return row.kind === 'authenticator' ? `Authenticator app (${row.name})` : `software token (${row.name})`;
}

/**
 * `mfadesk totp <scenario> <user> [--at <ISO time>] [--seed <n>]`: the code an authenticator enrolled
 * with the user's registration shows at that simulated time (default the scenario's `startsAt`),
 * from the scenario's seeded initial state, the same one `mfadesk run --seed <n>` plays. One line
 * per Authenticator registration or software token: the code first, for scripts and for checking
 * against other TOTP tools. Never prints a seed. Exit 2 for usage errors (unknown scenario or user,
 * bad --at or --seed), 1 when the scenario has problems or the user has nothing that makes codes.
 */
export const totpCommand: Command = async (context) => {
	ignoreBrokenPipe(context);
	if (context.args.length !== 2) {
		return usageError(context, 'totp needs a scenario id (or file) and a user id (or UPN)', commandName);
	}

	const seed = seedOf(context);
	if (!seed.ok) {
		return usageError(context, seed.message, commandName);
	}

	const at = parseAt(context.flags.at);
	if (!at.ok) {
		return usageError(context, at.message, commandName);
	}

	const badDirectory = await checkScenariosDirectory(context, commandName);
	if (badDirectory !== undefined) {
		return badDirectory;
	}

	const [reference, who] = context.args as [string, string];
	const found = await findScenarioArgument(reference, {fixturesDir: context.fixturesDir, extraDirectory: context.flags.scenarios}, commandName);
	if (!found.ok) {
		printIssues(context, displayIssues(found.issues, context.fixturesDir));
		if (found.message !== undefined && found.issues.length === 0) {
			return usageError(context, found.message, commandName);
		}

		writeLine(context.stderr, `mfadesk: ${reference} has problems; fix them first (mfadesk lint)`);
		return exitCodes.failed;
	}

	const initial = buildInitialState(found.loaded.scenario, found.loaded.fixture, createSeededRandom(String(seed.seed)));
	const {tenant} = initial.state;
	const user = findUserByIdOrUpn(tenant, who);
	if (user === undefined) {
		return usageError(context, `${found.loaded.scenario.id} has no user "${who}"${suggest(who, Object.keys(tenant.users))}`, commandName);
	}

	const targets = enrolmentTargets(tenant, user);
	if (targets.length === 0) {
		writeLine(context.stderr, `mfadesk: ${user.id} (${user.upn}) has no Authenticator app that makes codes and no software token in ${found.loaded.scenario.id}`);
		return exitCodes.failed;
	}

	return printCodes(context, {scenario: found.loaded.scenario.id, seed: seed.seed, at: at.at ?? initial.state.now, userId: user.id, person: findPerson(initial.state.world, user.id), targets});
};

type Report = {
	readonly scenario: string;
	readonly seed: number;
	readonly at: Instant;
	readonly userId: string;
	readonly person: Person | undefined;
	readonly targets: readonly EnrolmentTarget[];
};

function printCodes(context: CommandContext, report: Report): ExitCode {
	// The seeded generator is only for new seeds, which this command never makes.
	const totp = createOtplibTotp({random: createSeededRandom('mfadesk-totp')});
	const rows = report.targets.map((target) => codeRow(target, report.person, report.at, totp));
	const {period} = enrolmentParameters;
	const seconds = unixSeconds(report.at);
	const step = Math.floor(seconds / period);
	const secondsLeft = period - (seconds % period);
	if (context.flags.json) {
		const validFrom = isoTime(step * period * SECOND);
		context.stdout.write(toJson({scenario: report.scenario, seed: report.seed, user: report.userId, at: isoTime(report.at), step, validFrom, secondsLeft, codes: rows}));
		return exitCodes.ok;
	}

	for (const row of rows) {
		writeLine(context.stdout, `${row.code}  ${kindText(row)}  ${row.account}  ${isoTime(report.at)} (${secondsLeft} s left)`);
		if (row.simulatedDevice !== undefined) {
			const shows = row.simulatedDevice.code === null ? 'shows no code' : `shows ${row.simulatedDevice.code}`;
			writeLine(context.stderr, `mfadesk: note: the user's simulated phone ${shows} for ${kindText(row)}: ${row.simulatedDevice.why}`);
		}
	}

	return exitCodes.ok;
}
