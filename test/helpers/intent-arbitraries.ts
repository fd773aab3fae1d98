/**
 * Sequences of session intents for model-based tests: sign-ins (some with a code typed in real-time
 * play), "ask the user to ...", admin commands, clock moves and escalations. Intents may name
 * state-dependent ids as `#<n>` ("the n-th app password / method / token / client the user has
 * now"); `concretise` resolves them against the current state before the intent is played, so
 * generated sequences reach app passwords and methods created during play.
 */
import fc from 'fast-check';
import type {EscalationTarget, SimState} from '../../source/domain/state/sim-state.js';
import type {SessionIntent} from '../../source/services/session-service.js';
import {adminIntentArb} from './admin-intent-arbitraries.js';
import {typeCode, typedSignInArb, typedSignInClient, typedTwiceArb} from './typed-code-arbitraries.js';
import {signInArb, userIntentArb} from './user-intent-arbitraries.js';

const escalationTargetArb: fc.Arbitrary<EscalationTarget> = fc.constantFrom<EscalationTarget>('tier-2', 'global-administrator', 'privileged-authentication-administrator', 'helpdesk-administrator');

/** One intent a trainee could choose: weighted towards sign-ins (some with a typed code), with every admin command, user action and clock move. */
export const intentArb: fc.Arbitrary<SessionIntent> = fc.oneof(
	{arbitrary: signInArb.map((intent): SessionIntent => ({kind: 'user', intent})), weight: 29},
	{arbitrary: typedSignInArb, weight: 6},
	{arbitrary: userIntentArb.map((intent): SessionIntent => ({kind: 'user', intent})), weight: 25},
	{arbitrary: adminIntentArb.map((intent): SessionIntent => ({kind: 'admin', intent})), weight: 25},
	{arbitrary: fc.constantFrom(0, 1, 5, 10, 30, 61, 180, 24 * 60, 15 * 24 * 60, 40 * 24 * 60).map((minutes): SessionIntent => ({kind: 'wait', minutes})), weight: 8},
	{arbitrary: fc.constant<SessionIntent>({kind: 'next-day'}), weight: 3},
	{arbitrary: fc.record({kind: fc.constant('escalate' as const), to: escalationTargetArb, reason: fc.constantFrom('', '  ', 'Needs a Privileged Authentication Administrator to reset MFA.')}), weight: 1},
);

/** Mostly one intent, now and then a pair that only tells its story back to back (a code typed twice). */
const chunkArb: fc.Arbitrary<readonly SessionIntent[]> = fc.oneof({arbitrary: intentArb.map((intent) => [intent]), weight: 50}, {arbitrary: typedTwiceArb, weight: 1});

/** A sequence of `length` intents. */
export function intentsArb(length: number): fc.Arbitrary<readonly SessionIntent[]> {
	return fc.array(chunkArb, {minLength: length, maxLength: length}).map((chunks) => chunks.flat().slice(0, length));
}

// ---- Resolving `#n` picks ----------------------------------------------------------------------

function pick(list: readonly string[], reference: string): string {
	const match = /^#(\d+)$/.exec(reference);
	if (match === null) {
		return reference;
	}

	return list.length === 0 ? 'none-left' : list[Number(match[1]) % list.length]!;
}

function methodIds(state: SimState, userId: string): readonly string[] {
	const user = Object.hasOwn(state.tenant.users, userId) ? state.tenant.users[userId] : undefined;
	const methods = user?.methods;
	return methods === undefined ? [] : [...methods.authenticatorApps, ...methods.softwareTokens, ...methods.hardwareTokens].map((each) => each.id);
}

function tokenIds(state: SimState, userId: string): readonly string[] {
	const user = Object.hasOwn(state.tenant.users, userId) ? state.tenant.users[userId] : undefined;
	return user === undefined ? [] : user.methods.hardwareTokens.map((each) => each.id);
}

function appPasswordIds(state: SimState, userId: string): readonly string[] {
	const user = Object.hasOwn(state.tenant.users, userId) ? state.tenant.users[userId] : undefined;
	return user === undefined ? [] : user.appPasswords.map((each) => each.id);
}

function clientIds(state: SimState, userId: string): readonly string[] {
	const person = Object.hasOwn(state.world.people, userId) ? state.world.people[userId] : undefined;
	return person === undefined ? [] : person.clients.map((each) => each.id);
}

function notedIds(state: SimState, userId: string): readonly string[] {
	const person = Object.hasOwn(state.world.people, userId) ? state.world.people[userId] : undefined;
	return person === undefined ? [] : Object.keys(person.notedAppPasswords);
}

/**
 * Replaces `#n` picks with the ids the user has in `state` now (the intent the trainee would have chosen), and types
 * a typed sign-in's planned code at this instant (typed-code-arbitraries.ts).
 */
export function concretise(intent: SessionIntent, state: SimState): SessionIntent {
	if (intent.kind === 'admin') {
		const admin = intent.intent;
		switch (admin.type) {
			case 'delete-method': {
				return {kind: 'admin', intent: {...admin, methodId: pick(methodIds(state, admin.userId), admin.methodId)}};
			}

			case 'activate-hardware-token': {
				return {kind: 'admin', intent: {...admin, tokenId: pick(tokenIds(state, admin.userId), admin.tokenId)}};
			}

			default: {
				return intent;
			}
		}
	}

	if (intent.kind === 'user') {
		const action = 'clientId' in intent.intent ? {...intent.intent, clientId: pick(clientIds(state, intent.intent.userId), intent.intent.clientId)} : intent.intent;
		switch (action.type) {
			case 'use-app-password-in-client': {
				return {kind: 'user', intent: {...action, appPasswordId: pick(notedIds(state, action.userId), action.appPasswordId)}};
			}

			case 'delete-app-password': {
				return {kind: 'user', intent: {...action, appPasswordId: pick(appPasswordIds(state, action.userId), action.appPasswordId)}};
			}

			case 'activate-hardware-token': {
				return {kind: 'user', intent: {...action, tokenId: pick(tokenIds(state, action.userId), action.tokenId)}};
			}

			case 'sign-in': {
				if (intent.typedCode === undefined) {
					return {...intent, intent: action};
				}

				const clientId = typedSignInClient(state, action.userId, action.clientId);
				return {...intent, intent: {...action, clientId}, typedCode: typeCode(state, action.userId, intent.typedCode.shown)};
			}

			default: {
				return {...intent, intent: action};
			}
		}
	}

	return intent;
}
