import {eraAt} from '../common/era.js';
import {reject, type Rejection} from '../common/rejection.js';
import {recordAudit} from '../state/audit.js';
import type {Applied, DomainEvent} from '../state/events.js';
import type {SignInLogEntry, TraceStep} from '../state/logs.js';
import {guidFrom, type SimState} from '../state/sim-state.js';
import {withUser} from '../tenant/tenant.js';
import type {User} from '../tenant/user.js';
import {withDeviceEvents} from '../world/phone-routing.js';
import {findClient, findPerson, withClient, withPerson} from '../world/world.js';
import type {SignInAttempt, SignInFacts} from './attempt.js';
import {clientProfile} from './client-profile.js';
import {decideSignIn, type SignInContext} from './decide-sign-in.js';
import {applyEffects} from './sign-in-effects.js';
import type {Verdict} from './verdict.js';

/** A sign-in that was evaluated: the new state, the events, and the log row it produced. */
export type SignInResult = Applied<SimState> & {readonly entry: SignInLogEntry};

/**
 * Evaluates one sign-in the way Entra ID does (fact sheet 6.1) and records it in the sign-in log,
 * with a trace of every step for the sign-in diagnostic. Rejects only when the attempt names a
 * person, client or network that does not exist.
 */
export function evaluateSignIn(state: SimState, attempt: SignInAttempt, facts: SignInFacts): SignInResult | Rejection {
	const person = findPerson(state.world, attempt.userId);
	if (!person) {
		return reject('user/not-found', `Nobody called "${attempt.userId}" exists in this scenario's world.`);
	}

	const client = findClient(person, attempt.clientId);
	if (!client) {
		return reject('client/not-found', `${attempt.userId} has no client "${attempt.clientId}". Their clients: ${person.clients.map((each) => each.id).join(', ')}.`);
	}

	const networkId = client.network ?? person.networkId;
	const network = Object.hasOwn(state.world.networks, networkId) ? state.world.networks[networkId] : undefined;
	if (!network) {
		return reject('input/invalid', `Network "${networkId}" does not exist in this scenario's world.`);
	}

	const trace: TraceStep[] = [];
	const profile = clientProfile(client, state.tenant);
	const context: SignInContext = {state, attempt, facts, person, client, network, profile, era: eraAt(state.now), trace};
	const {verdict, user} = decideSignIn(context);
	return commit(context, verdict, user);
}

function commit(context: SignInContext, verdict: Verdict, user: User | undefined): SignInResult {
	const {state, person, client, network, profile, trace, attempt} = context;
	let next: SimState = {...state, sequence: state.sequence + 1};
	const events: DomainEvent[] = [];
	let updatedPerson = person;
	if (user) {
		const applied = applyEffects({state: next, user, client, person, effects: verdict.effects ?? {}, era: context.era});
		next = {...applied.state, tenant: withUser(applied.state.tenant, applied.user)};
		updatedPerson = withClient(person, applied.client);
		if (applied.fraudAudit) {
			const audited = recordAudit(next, {service: 'MFA', activity: applied.fraudAudit, initiatedBy: user.id, targetUserId: user.id});
			next = audited.state;
			events.push(audited.event);
		}
	}

	const phoneEvents = verdict.phoneEvents ?? [];
	const device = verdict.phoneEventsOn ?? 'phone';
	updatedPerson = withDeviceEvents(updatedPerson, device, phoneEvents);

	next = {...next, world: withPerson(next.world, updatedPerson)};
	const requirement = verdict.requirement;
	const entry: SignInLogEntry = {
		requestId: guidFrom(`${state.tenant.id}:request`, next.sequence),
		correlationId: guidFrom(`${state.tenant.id}:correlation`, next.sequence),
		at: state.now,
		...(user ? {userId: user.id} : {}),
		upn: user?.upn ?? attempt.typedUpn ?? attempt.userId,
		clientId: client.id,
		application: profile.application,
		clientApp: profile.clientApp,
		ipAddress: network.ip,
		location: network.location,
		status: verdict.status,
		errorCode: verdict.errorCode,
		failureReason: verdict.failureReason,
		authenticationRequirement: requirement?.required ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
		requirementPolicies: requirement?.policies ?? [],
		...(verdict.authMethod === undefined ? {} : {authMethod: verdict.authMethod}),
		...(verdict.mfaResultDetail === undefined ? {} : {mfaResultDetail: verdict.mfaResultDetail}),
		conditionalAccess: 'Not Applied',
		trace: [...trace, {step: 'result', verdict: verdict.status === 'Success' ? 'pass' : 'fail', detail: resultSentence(verdict), source: resultSource(verdict)}],
	};
	next = {...next, signInLog: [...next.signInLog, entry]};
	events.unshift({type: 'sign-in-recorded', entry});
	// A `phone-event` is the phone in their hand showing something; the desk or an old phone only keeps it in its own log.
	if (device === 'phone' && person.phone !== undefined) {
		for (const event of phoneEvents) {
			events.push({type: 'phone-event', userId: person.userId, event});
		}
	}

	events.push({type: 'user-said', userId: person.userId, at: state.now, text: verdict.userSays});
	return {ok: true, state: next, events, entry};
}

/** The result step cites the error codes (6.2) and log fields (6.4), and the result details (6.3) when there is one. */
function resultSource(verdict: Verdict): string {
	return verdict.mfaResultDetail === undefined ? '6.2, 6.4' : '6.2, 6.3, 6.4';
}

function resultSentence(verdict: Verdict): string {
	if (verdict.status === 'Success') {
		return verdict.mfaResultDetail ? `Success: ${verdict.mfaResultDetail}.` : 'Success with a single factor.';
	}

	const code = verdict.errorCode === 0 ? '' : ` AADSTS${verdict.errorCode}:`;
	return `${verdict.status}.${code} ${verdict.failureReason}`;
}
