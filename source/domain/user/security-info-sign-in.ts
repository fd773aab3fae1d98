import {clientProfile} from '../sign-in/client-profile.js';
import {mfaResultDetails} from '../sign-in/mfa-result-detail.js';
import {mfaRequirement} from '../sign-in/requirement.js';
import type {Applied, DomainEvent} from '../state/events.js';
import type {SignInLogEntry, TraceStep} from '../state/logs.js';
import {guidFrom, type SimState} from '../state/sim-state.js';
import type {DefaultMethod} from '../tenant/methods.js';
import {findUser} from '../tenant/tenant.js';
import type {BrowserClient} from '../world/client.js';
import type {PhoneEvent} from '../world/phone.js';
import {findPerson, type Person} from '../world/world.js';
import {findActor, putPerson, putUser, type Actor} from './actor.js';
import {isRefusal} from './outcome.js';
import {securityInfoAccess} from './security-info-access.js';
import {verificationBy, withTelephonyAttempt, type Verification} from './security-info-verification.js';
import type {UserAction} from './user-action.js';

type NonSignInUserAction = Exclude<UserAction, {type: 'sign-in'}>;

/**
 * Actions done on Security info / My Sign-ins (or Additional security verification), which the person reaches
 * by signing in with a second factor when they have one (security-info-access.ts).
 */
export const securityInfoActions: ReadonlySet<NonSignInUserAction['type']> = new Set([
	'complete-registration',
	'create-app-password',
	'delete-app-password',
	're-add-authenticator-account',
	'move-authenticator-to-new-phone',
	'change-default-method',
	'update-phone-number',
	'activate-hardware-token',
	'restore-mfa-on-trusted-devices',
]);

/**
 * The application the sign-in log names for mysignins.microsoft.com. Inferred: the fact sheet documents the
 * Security info page [S22][S40] but not its sign-in log row; Entra lists the portal as "My Signins".
 */
export const mySignInsApplication = 'My Signins';

/** The browser the person uses for Security info: their first; a person the scenario gave none still has one. */
function browserOf(person: Person): BrowserClient {
	return person.clients.find((client): client is BrowserClient => client.kind === 'browser') ?? {id: 'browser', name: 'Web browser', kind: 'browser'};
}

/** The log row of the sign-in to My Signins, satisfied by `verification`; undefined when the network is unknown. */
function logRow(state: SimState, {user, person}: Actor, verification: Verification, sequence: number): SignInLogEntry | undefined {
	const browser = browserOf(person);
	const networkId = browser.network ?? person.networkId;
	const network = Object.hasOwn(state.world.networks, networkId) ? state.world.networks[networkId] : undefined;
	if (network === undefined) {
		return undefined;
	}

	const profile = clientProfile(browser, state.tenant);
	const requirement = mfaRequirement(state.tenant, user, profile);
	const why = requirement.required
		? {detail: `${requirement.why} Security info asks for the second factor too.`, source: requirement.source}
		// Inferred (security-info-access.ts): the page asks for a second factor whenever one is registered.
		: {detail: 'Nothing in the tenant requires MFA for this user, but Security info asks for a second factor before it shows or changes sign-in methods.', source: '7.3 (inferred)'};
	const trace: TraceStep[] = [
		{step: 'user', verdict: 'pass', detail: `Found ${user.upn} (${user.userType}). Client app: Browser, using modern authentication (${mySignInsApplication}).`, source: '5, 6.1 step 1, 6.4'},
		{step: 'credential', verdict: 'pass', detail: 'The password entered is the user\'s password.', source: '6.1 step 2'},
		{step: 'requirement', verdict: 'info', ...why},
		{step: 'delivery', verdict: 'pass', detail: verification.detail, source: verification.source},
		{step: 'result', verdict: 'pass', detail: `Success: ${mfaResultDetails.completed}.`, source: '6.2, 6.3, 6.4'},
	];
	return {
		requestId: guidFrom(`${state.tenant.id}:request`, sequence),
		correlationId: guidFrom(`${state.tenant.id}:correlation`, sequence),
		at: state.now,
		userId: user.id,
		upn: user.upn,
		clientId: browser.id,
		application: mySignInsApplication,
		clientApp: 'Browser',
		ipAddress: network.ip,
		location: network.location,
		status: 'Success',
		errorCode: 0,
		failureReason: '',
		authenticationRequirement: 'multiFactorAuthentication',
		requirementPolicies: requirement.required ? requirement.policies : [],
		authMethod: verification.authMethod,
		mfaResultDetail: mfaResultDetails.completed,
		conditionalAccess: 'Not Applied',
		trace,
	};
}

/** The log with `events` put in at `index`: before what the change itself put on the same device (a confirmation text). */
function insertedAt(log: readonly PhoneEvent[], index: number, events: readonly PhoneEvent[]): readonly PhoneEvent[] {
	return [...log.slice(0, index), ...events, ...log.slice(index)];
}

/** The person after the change, with the verification's events on their device, where they came: before the change's. */
function withVerificationEvents(before: Person, after: Person, {device, phoneEvents}: Verification): Person {
	switch (device) {
		case 'phone': {
			return after.phone === undefined ? after : {...after, phone: {...after.phone, log: insertedAt(after.phone.log, before.phone?.log.length ?? 0, phoneEvents)}};
		}

		case 'old-phone': {
			return after.oldPhone === undefined ? after : {...after, oldPhone: {...after.oldPhone, log: insertedAt(after.oldPhone.log, before.oldPhone?.log.length ?? 0, phoneEvents)}};
		}

		case 'desk-phone': {
			return after.deskPhone === undefined ? after : {...after, deskPhone: {...after.deskPhone, log: insertedAt(after.deskPhone.log, before.deskPhone?.log.length ?? 0, phoneEvents)}};
		}
	}
}

/** The state after the change, with the verification's traces: the row, the phone's events, the telephony count. */
function withEvidence(state: SimState, before: Actor, entry: SignInLogEntry, verification: Verification): SimState {
	const userId = before.user.id;
	let next: SimState = {...state, sequence: state.sequence + 1, signInLog: [...state.signInLog, entry]};
	const user = findUser(next.tenant, userId);
	if (user !== undefined && verification.telephony) {
		next = putUser(next, withTelephonyAttempt(user, state.now));
	}

	const person = findPerson(next.world, userId);
	return person === undefined ? next : putPerson(next, withVerificationEvents(before.person, person, verification));
}

/**
 * Adds the sign-in to My Signins that an accepted Security info action began with: a sign-in log row and what the
 * second factor put on the person's phone (a text, a call, an approved notification), worked out from the state
 * `before` the action, when the page challenged them. Registration (nothing to verify with yet) adds nothing. The
 * row and the phone's events come first in the events, as they happened first. Pure: replays give the same row.
 */
export function withSecurityInfoSignIn(before: SimState, action: NonSignInUserAction, applied: Applied<SimState>): Applied<SimState> {
	if (!securityInfoActions.has(action.type)) {
		return applied;
	}

	const actor = findActor(before, action.userId);
	if (isRefusal(actor)) {
		return applied;
	}

	const access = securityInfoAccess(before, actor);
	if ('ok' in access || access.mode !== 'verified') {
		return applied;
	}

	return recorded(before, actor, access.via, applied);
}

function recorded(before: SimState, actor: Actor, via: DefaultMethod, applied: Applied<SimState>): Applied<SimState> {
	const verification = verificationBy(before, actor.user, actor.person, via);
	const sequence = applied.state.sequence + 1;
	const entry = logRow(before, actor, verification, sequence);
	if (entry === undefined) {
		return applied;
	}

	const onPhone: DomainEvent[] = verification.device === 'phone' && actor.person.phone !== undefined
		? verification.phoneEvents.map((event) => ({type: 'phone-event', userId: actor.user.id, event}))
		: [];
	return {
		ok: true,
		state: withEvidence(applied.state, actor, entry, verification),
		events: [{type: 'sign-in-recorded', entry}, ...onPhone, ...applied.events],
	};
}
