import {formatInstant, MINUTE, type Instant} from '../../domain/common/time.js';
import {instantOf} from '../build-tenant.js';
import type {IssuePath} from '../issues.js';
import {historyLimits} from '../limits.js';
import type {StepNaming} from '../scenario-checks.js';
import type {HistoryAdminEvent, HistoryEvent, HistoryUserEvent} from '../schema/history-schema.js';
import type {Scenario} from '../schema/scenario-schema.js';
import type {AdminStep, AskStep} from '../schema/step-schema.js';
import type {TenantFixture} from '../schema/tenant-fixture-schema.js';
import type {UserInput} from '../schema/user-schema.js';
import {suggest} from '../suggest.js';
import type {Report} from '../tenant-checks.js';
import {eventInstants, telephonyClient} from './history-timeline.js';

/** The reference checks `checkScenario` runs on steps, reused for history events. */
export type ReferenceCheckers = {
	readonly user: (path: IssuePath, id: string) => UserInput | undefined;
	/** Looks a user up without reporting anything. */
	readonly users: ReadonlyMap<string, UserInput>;
	readonly client: (path: IssuePath, userId: string, id: string) => void;
	readonly network: (path: IssuePath, id: string | undefined) => void;
	readonly adminStep: (step: AdminStep, path: IssuePath) => void;
	readonly askStep: (step: AskStep, path: IssuePath, created: Set<string>, naming?: StepNaming) => void;
};

const historyNaming: StepNaming = {person: 'user', earlier: 'event'};
const maxBefore = historyLimits.maxMinutesBeforeStart * MINUTE;

function isVariable(text: string | undefined): boolean {
	return text?.includes('${') === true;
}

/** An instant as authors write it: `2024-03-12T09:00:00Z` (no milliseconds unless there are some). */
function written(at: Instant): string {
	return formatInstant(at).replace('.000Z', 'Z');
}

/** History is what happened before the ticket, within 30 days of it. */
function checkTiming(event: HistoryEvent, path: IssuePath, startsAt: Instant, report: Report): void {
	const instants = eventInstants(event, startsAt);
	const first = instants[0]!;
	const last = instants.at(-1)!;
	const start = written(startsAt);
	if (event.at !== undefined && first >= startsAt) {
		report([...path, 'at'], `must be before startsAt (${start}): history is what happened before the ticket`);
	} else if (event.at !== undefined && first < startsAt - maxBefore) {
		report([...path, 'at'], `must be at most 30 days before startsAt (${written(startsAt - maxBefore)} or later)`);
	} else if (instants.length > 1 && last >= startsAt) {
		report([...path, 'times'], `the last of ${instants.length} repetitions (every ${event.every ?? '1m'}) falls at ${written(last)}, not before startsAt (${start})`);
	}
}

function askStepOf(event: HistoryUserEvent): AskStep {
	const {user, did, ...rest} = event;
	return {ask: user, to: did, ...rest} as AskStep;
}

/**
 * Reference checks for `history:`: times before startsAt and within 30 days; users, clients, networks and app
 * passwords that exist (an app password may be created by an earlier event); admin events by an account that
 * holds an admin role. Returns the app passwords history creates (`user\nname`), which solutions may then name.
 * Whether the engine accepts each event is checked by playing it (`checkHistoryPlays`).
 */
export function checkHistory(scenario: Scenario, merged: TenantFixture, checkers: ReferenceCheckers, report: Report): Set<string> {
	const created = new Set<string>();
	const startsAt = instantOf(scenario.startsAt);
	const ordered = (scenario.history ?? []).map((event, index) => ({event, index, at: eventInstants(event, startsAt)[0]!})).toSorted((a, b) => a.at - b.at);
	for (const {event, index} of ordered) {
		const path: IssuePath = ['history', index];
		checkTiming(event, path, startsAt, report);
		if ('admin' in event) {
			checkAdminEvent(scenario, event, path, checkers, report);
		} else {
			checkUserEvent(event, path, checkers, created, report);
		}
	}

	const occurrences = (scenario.history ?? []).reduce((sum, event) => sum + (event.times ?? 1), 0);
	if (occurrences > historyLimits.maxOccurrences) {
		report(['history'], `happens ${occurrences} times with its repetitions; the most is ${historyLimits.maxOccurrences}: use fewer times:`);
	}

	checkTelephonySugar(scenario, merged, report);
	return created;
}

function checkAdminEvent(scenario: Scenario, event: HistoryAdminEvent, path: IssuePath, checkers: ReferenceCheckers, report: Report): void {
	const admin = checkers.user([...path, 'by'], event.by);
	const roles = admin?.id === scenario.actor.user ? (scenario.actor.roles ?? admin.roles) : admin?.roles;
	if (admin && (roles ?? []).length === 0 && !isVariable(event.by)) {
		report([...path, 'by'], `${admin.id} holds no admin role, so could not have done this: name an admin (e.g. one with helpdesk-administrator)`);
	}

	const {by: _by, ...step} = event;
	checkers.adminStep(step as AdminStep, path);
}

function checkUserEvent(event: HistoryUserEvent, path: IssuePath, checkers: ReferenceCheckers, created: Set<string>, report: Report): void {
	checkers.askStep(askStepOf(event), path, created, historyNaming);
	if (event.did !== 'sign-in') {
		return;
	}

	checkers.network([...path, 'network'], event.network);
	const target = checkers.users.get(event.user);
	const name = event.appPassword;
	if (target === undefined || name === undefined || isVariable(name)) {
		return;
	}

	const names = [...(target.appPasswords ?? []).map((each) => each.name), ...[...created].filter((key) => key.startsWith(`${target.id}\n`)).map((key) => key.slice(target.id.length + 1))];
	if (!names.includes(name)) {
		report([...path, 'appPassword'], `${target.id} has no app password named "${name}" (and no earlier event creates one)${suggest(name, names)}`);
	}
}

/** `recentTelephonyAttempts` are played as browser (or modern app) sign-ins; a person with neither could not have had them. */
function checkTelephonySugar(scenario: Scenario, merged: TenantFixture, report: Report): void {
	const check = (input: {readonly recentTelephonyAttempts?: readonly unknown[] | undefined}, id: string, path: IssuePath): void => {
		const user = merged.users.find((each) => each.id === id);
		if ((input.recentTelephonyAttempts ?? []).length > 0 && user !== undefined && telephonyClient(merged, user) === undefined) {
			report([...path, 'recentTelephonyAttempts'], `${id} has no browser or modern app: texts and calls are sent to a sign-in page, so give them a browser client`);
		}
	};

	for (const [id, patch] of Object.entries(scenario.tenant.users ?? {})) {
		check(patch, id, ['tenant', 'users', id]);
	}

	for (const [position, added] of (scenario.tenant.addUsers ?? []).entries()) {
		check(added, added.id, ['tenant', 'addUsers', position]);
	}
}
