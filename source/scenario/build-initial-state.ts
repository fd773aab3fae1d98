import type {UserId} from '../domain/common/ids.js';
import type {RandomSource} from '../domain/ports.js';
import type {SimState} from '../domain/state/sim-state.js';
import {withUser} from '../domain/tenant/tenant.js';
import {buildTenant, instantOf} from './build-tenant.js';
import {buildWorld} from './build-world.js';
import {mergeTenant} from './merge-tenant.js';
import {unsubstitutedKeys} from './parse-scenario.js';
import {personOf} from './resolve-person.js';
import type {Scenario} from './schema/scenario-schema.js';
import type {TenantFixture} from './schema/tenant-fixture-schema.js';
import {chooseVariables, substitute, type VariableValues} from './variables.js';

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
};

/**
 * Materialises a validated scenario on its base fixture: draws the seeded variables, substitutes them,
 * applies the tenant overrides and builds the SimState at `startsAt`, generating missing TOTP seeds from the
 * seeded generator. Pure: the same scenario, fixture and seeded generator give the same state; no hashing.
 */
export function buildInitialState(scenario: Scenario, fixture: TenantFixture, random: RandomSource): InitialState {
	const variables = chooseVariables(scenario.variables, random);
	const variant = substitute(scenario, variables, unsubstitutedKeys);
	const merged = mergeTenant(fixture, variant.tenant);
	const now = instantOf(variant.startsAt);
	let tenant = buildTenant(merged, random, now);
	const actor = tenant.users[variant.actor.user];
	if (actor && variant.actor.roles) {
		tenant = withUser(tenant, {...actor, roles: variant.actor.roles});
	}

	const world = buildWorld(merged, tenant, random);
	const pendingAppPasswords: PendingAppPassword[] = [];
	for (const input of merged.users) {
		const known = personOf(merged, input).appPasswords;
		for (const entry of tenant.users[input.id]?.appPasswords ?? []) {
			const secret = Object.hasOwn(known, entry.name) ? known[entry.name] : undefined;
			if (secret !== undefined) {
				pendingAppPasswords.push({userId: input.id, appPasswordId: entry.id, secret, ...(entry.hash === '' ? {} : {hash: entry.hash})});
			}
		}
	}

	const state: SimState = {tenant, world, now, actorId: variant.actor.user, signInLog: [], auditLog: [], sequence: 0, escalations: []};
	return {state, variables, scenario: variant, pendingAppPasswords};
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
