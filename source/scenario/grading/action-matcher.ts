import type {SimState} from '../../domain/state/sim-state.js';
import {findUser} from '../../domain/tenant/tenant.js';
import type {ActionMatcher} from '../schema/scenario-schema.js';
import type {StepIntent} from '../step-intent.js';

/** An intent the session played (a step without checks; the same shape as the session service's intents). */
export type PlayedIntent = Exclude<StepIntent, {readonly kind: 'check'}>;

/** Intent field names renamed to the names scenario steps use, so `with:` reads like the step it matches. */
const stepNames: Readonly<Record<string, string>> = {
	userIds: 'users',
	userId: 'user',
	clientId: 'client',
	networkId: 'network',
	tokenId: 'token',
	methodId: 'method',
	appPasswordId: 'appPassword',
};

type Scalar = string | number | boolean | null;

/**
 * The fields of an admin or user intent under the names its step uses: `users`, `user`, `client`, `method`,
 * `token`, `network`, `appPassword` (the app password's name, looked up in the state before the action),
 * and nested values spread out (`call`, `text` of verification options; `enableAdal`, `version` of a registry).
 */
export function stepFieldsOf(intent: PlayedIntent, before: SimState): Readonly<Record<string, unknown>> {
	if (intent.kind !== 'admin' && intent.kind !== 'user') {
		return {};
	}

	const fields: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(intent.intent)) {
		if (key === 'type') {
			continue;
		}

		if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
			Object.assign(fields, value);
		} else {
			fields[Object.hasOwn(stepNames, key) ? stepNames[key]! : key] = value;
		}
	}

	if (intent.kind === 'user' && 'appPasswordId' in intent.intent) {
		const {userId, appPasswordId} = intent.intent;
		fields['appPassword'] = findUser(before.tenant, userId)?.appPasswords.find((each) => each.id === appPasswordId)?.name ?? appPasswordId;
	}

	return fields;
}

function sameValue(actual: unknown, wanted: Scalar): boolean {
	if (Array.isArray(actual)) {
		return actual.some((each) => sameValue(each, wanted));
	}

	if (wanted === null) {
		return actual === null || actual === undefined;
	}

	// YAML may read `version: 2013` as a number where the intent holds "2013".
	return (typeof actual === 'string' || typeof actual === 'number' || typeof actual === 'boolean') && String(actual) === String(wanted);
}

/** The action type of an intent (`set-per-user-mfa`, `sign-in`, ...), or undefined for waits and escalations. */
export function actionTypeOf(intent: PlayedIntent): string | undefined {
	return intent.kind === 'admin' || intent.kind === 'user' ? intent.intent.type : undefined;
}

/** Whether the intent is about this user (the user it names, or one of the users of a bulk action). */
function concerns(fields: Readonly<Record<string, unknown>>, user: string): boolean {
	return sameValue(fields['user'], user) || sameValue(fields['users'], user);
}

/** Whether a played intent matches a red-flag action matcher (`action`, then `user`, then every `with` field). */
export function matchesAction(matcher: ActionMatcher, intent: PlayedIntent, before: SimState): boolean {
	if (actionTypeOf(intent) !== matcher.action) {
		return false;
	}

	const fields = stepFieldsOf(intent, before);
	if (matcher.user !== undefined && !concerns(fields, matcher.user)) {
		return false;
	}

	return Object.entries(matcher.with ?? {}).every(([key, wanted]) => sameValue(fields[key], wanted));
}

/** A matcher in words: `set-app-passwords-allowed with allowed=true`, `require-re-register-mfa for priya`. */
export function describeMatcher(matcher: ActionMatcher): string {
	const user = matcher.user === undefined ? '' : ` for ${matcher.user}`;
	const entries = Object.entries(matcher.with ?? {});
	const values = entries.length === 0 ? '' : ` with ${entries.map(([key, value]) => `${key}=${String(value)}`).join(', ')}`;
	return `${matcher.action}${user}${values}`;
}
