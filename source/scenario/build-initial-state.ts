import type {UserId} from '../domain/common/ids.js';
import type {RandomSource} from '../domain/ports.js';
import type {SimState} from '../domain/state/sim-state.js';
import {withUser} from '../domain/tenant/tenant.js';
import {buildTenant, instantOf} from './build-tenant.js';
import {buildWorld} from './build-world.js';
import {foldHistory, type HistoryRefusal, type PendingPassword} from './history/fold-history.js';
import {historyTimeline} from './history/history-timeline.js';
import {mergeTenant} from './merge-tenant.js';
import {personOf} from './resolve-person.js';
import type {Scenario} from './schema/scenario-schema.js';
import type {TenantFixture} from './schema/tenant-fixture-schema.js';
import {chooseVariables, substitute, unsubstitutedKeys, type VariableValues} from './variables.js';

/**
 * An app password whose plaintext someone knows (a client saved it, or the person noted it) but whose tenant
 * side has no precomputed hash yet, or no lookup tag. The session service finishes it with the password
 * hasher before play starts: `lookupTag(secret)`, and `hash(secret)` when `hash` is absent.
 */
export type PendingAppPassword = {
	readonly userId: UserId;
	readonly appPasswordId: string;
	readonly secret: string;
	/** The fixture's precomputed PHC hash, when it gave one. */
	readonly hash?: string;
};

/** The initial state of one seeded play of a scenario, with the variant that was drawn. */
export type InitialState = {
	readonly state: SimState;
	/** The seeded variable values drawn for this run. */
	readonly variables: VariableValues;
	/** The scenario with every `${name}` replaced: the ticket, goal and steps of this variant. */
	readonly scenario: Scenario;
	readonly pendingAppPasswords: readonly PendingAppPassword[];
	/** Passwords the scenario's history set (an admin reset, a change); the session service hashes them before play. */
	readonly pendingPasswords?: readonly PendingPassword[];
};

/** The state of one variant at `startsAt`, history played, with what is left to hash and what history was refused. */
export type VariantState = {
	readonly state: SimState;
	readonly pendingAppPasswords: readonly PendingAppPassword[];
	readonly pendingPasswords: readonly PendingPassword[];
	readonly refusals: readonly HistoryRefusal[];
};

/**
 * Materialises a validated scenario on its base fixture: draws the seeded variables, substitutes them,
 * applies the tenant overrides and builds the SimState at `startsAt`, generating missing TOTP seeds from the
 * seeded generator, then plays the scenario's `history:` through the session fold. Pure: the same scenario,
 * fixture and seeded generator give the same state; no hashing.
 */
export function buildInitialState(scenario: Scenario, fixture: TenantFixture, random: RandomSource): InitialState {
	const variables = chooseVariables(scenario.variables, random);
	const variant = substitute(scenario, variables, unsubstitutedKeys);
	const built = buildVariantState(variant, fixture, random);
	return {state: built.state, variables, scenario: variant, pendingAppPasswords: built.pendingAppPasswords, ...(built.pendingPasswords.length === 0 ? {} : {pendingPasswords: built.pendingPasswords})};
}

/**
 * Builds one variant (variables already substituted): the tenant and world at `startsAt`, then its history (and
 * `recentTelephonyAttempts`) folded in time order. Pure; `mfadesk lint` runs it to report refused history events.
 */
export function buildVariantState(variant: Scenario, fixture: TenantFixture, random: RandomSource): VariantState {
	const merged = mergeTenant(fixture, variant.tenant);
	const now = instantOf(variant.startsAt);
	let tenant = buildTenant(merged, random, now);
	const actor = tenant.users[variant.actor.user];
	if (actor && variant.actor.roles) {
		tenant = withUser(tenant, {...actor, roles: variant.actor.roles});
	}

	const world = buildWorld(merged, tenant, random);
	const built: SimState = {tenant, world, now, actorId: variant.actor.user, signInLog: [], auditLog: [], sequence: 0, escalations: []};
	const folded = foldHistory(built, historyTimeline(variant.history, merged, now), random, now);
	return {state: folded.state, pendingAppPasswords: pendingAppPasswordsOf(folded.state, merged), pendingPasswords: folded.pendingPasswords, refusals: folded.refusals};
}

/**
 * App passwords someone knows the plaintext of: named in the scenario's people (`appPasswords: {name: secret}`),
 * or created by history (the person noted them). Their lookup tags, and hashes where none was given, come next.
 */
function pendingAppPasswordsOf(state: SimState, merged: TenantFixture): PendingAppPassword[] {
	const pending: PendingAppPassword[] = [];
	for (const input of merged.users) {
		const known = personOf(merged, input).appPasswords;
		const noted = state.world.people[input.id]?.notedAppPasswords ?? {};
		for (const entry of state.tenant.users[input.id]?.appPasswords ?? []) {
			const secret = Object.hasOwn(known, entry.name) ? known[entry.name] : Object.hasOwn(noted, entry.id) ? noted[entry.id] : undefined;
			if (secret !== undefined) {
				pending.push({userId: input.id, appPasswordId: entry.id, secret, ...(entry.hash === '' ? {} : {hash: entry.hash})});
			}
		}
	}

	return pending;
}

/** Hash and lookup tag the session service computed for one pending app password. */
export type AppPasswordFact = {readonly userId: UserId; readonly appPasswordId: string; readonly hash: string; readonly lookupTag: string};

/** Puts computed app-password facts into the initial state (pure; the hashing happened in a service). */
export function withAppPasswordFacts(state: SimState, facts: readonly AppPasswordFact[]): SimState {
	let tenant = state.tenant;
	for (const fact of facts) {
		const user = tenant.users[fact.userId];
		if (user) {
			const appPasswords = user.appPasswords.map((each) => (each.id === fact.appPasswordId ? {...each, hash: fact.hash, lookupTag: fact.lookupTag} : each));
			tenant = withUser(tenant, {...user, appPasswords});
		}
	}

	return {...state, tenant};
}

/** The hash the session service computed for a password history set. */
export type PasswordFact = {readonly userId: UserId; readonly hash: string};

/** Puts computed password hashes into the initial state (pure; the hashing happened in a service). */
export function withPasswordFacts(state: SimState, facts: readonly PasswordFact[]): SimState {
	let tenant = state.tenant;
	for (const fact of facts) {
		const user = tenant.users[fact.userId];
		if (user) {
			tenant = withUser(tenant, {...user, passwordHash: fact.hash});
		}
	}

	return {...state, tenant};
}
