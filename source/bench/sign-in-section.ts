import {performance} from 'node:perf_hooks';
import {createArgon2Hasher, type CountingPasswordHasher} from '../adapters/argon2-password-hasher.js';
import {createOtplibTotp} from '../adapters/otplib-totp.js';
import {createSeededRandom} from '../adapters/seeded-random.js';
import type {SignInAttempt, SignInFacts} from '../domain/sign-in/attempt.js';
import {evaluateSignIn} from '../domain/sign-in/evaluate-sign-in.js';
import type {SimState} from '../domain/state/sim-state.js';
import type {TenantFixture} from '../scenario/schema/tenant-fixture-schema.js';
import type {UserInput} from '../scenario/schema/user-schema.js';
import type {PersonInput} from '../scenario/schema/person-schema.js';
import type {RunPorts} from '../services/scenario-run-service.js';
import {signIn} from '../services/sign-in-service.js';
import {reportResult} from './bench-child.js';
import {interleave, median} from './bench-stats.js';
import {generatedTenant, loadPlay} from './bench-tenant.js';

/** What the sign-in section reports. */
export type SignInResult = {
	/** Median cost of an app-password sign-in for a user with 40 app passwords over one with 1. */
	readonly appPasswordRatio: number;
	/** argon2 verifications per sign-in: the most seen in any one sign-in, for either user. */
	readonly verificationsPerSignIn: number;
	readonly appPasswordOutcome: string;
	/** Median pure evaluation in a 100,000-user tenant over a 100-user one. */
	readonly evaluationRatio: number;
};

/** Real ports whose hasher is kept, so the section can read its counters. */
function countingPorts(): {readonly ports: RunPorts; readonly hasher: () => CountingPasswordHasher} {
	let hasher: CountingPasswordHasher | undefined;
	const ports: RunPorts = {
		randomFor: (seed) => createSeededRandom(seed),
		depsFor: ({seed, tenantId, random}) => {
			hasher = createArgon2Hasher({lookupKey: `mfadesk-lookup:${tenantId}:${seed}`});
			return {hasher, totp: createOtplibTotp({random}), random};
		},
	};
	return {ports, hasher: () => hasher!};
}

/**
 * Two Outlook 2010 users in 2021 (app passwords still work for Exchange) whose client has saved their LAST app
 * password: one holds 40 app passwords, the other 1. Every app password has its own secret and its own argon2id
 * hash at the OWASP cost (hashed here, before timing), and the person noted them all, so all 41 carry lookup tags.
 */
async function appPasswordTenant(): Promise<TenantFixture> {
	const base = generatedTenant(200);
	const hasher = createArgon2Hasher({lookupKey: 'unused'});
	const users: UserInput[] = [];
	const people: Record<string, PersonInput> = {...base.people};
	for (const [id, count] of [['many.apps', 40], ['one.app', 1]] as const) {
		const secrets = Array.from({length: count}, (_unused, index) => `${id.replace('.', '')}secret${String(index).padStart(2, '0')}`);
		const appPasswords = await Promise.all(secrets.map(async (secret, index) => ({name: `Device ${index + 1}`, createdAt: '2020-05-01', hash: await hasher.hash(secret)})));
		users.push({id, upn: `${id}@${base.domain}`, displayName: id, perUserMfa: 'enforced', methods: {authenticationPhone: '+1 4255550100'}, defaultMethod: 'text', appPasswords});
		people[id] = {
			clients: [{id: 'outlook-2010', kind: 'outlook', version: '2010', saved: {appPassword: `Device ${count}`}}],
			appPasswords: Object.fromEntries(secrets.map((secret, index) => [`Device ${index + 1}`, secret])),
		};
	}

	return {...base, users: [...base.users, ...users], people};
}

async function appPasswordRows(rounds: number): Promise<Pick<SignInResult, 'appPasswordRatio' | 'verificationsPerSignIn' | 'appPasswordOutcome'>> {
	const {ports, hasher} = countingPorts();
	const {state, deps} = await loadPlay(await appPasswordTenant(), ports, '2021-06-01T09:00:00Z');
	let verifications = 0;
	const outcomes = new Set<string>();
	const timed = (userId: string) => async (): Promise<number> => {
		const before = hasher().stats.verifications;
		const started = performance.now();
		const result = await signIn(state, {userId, clientId: 'outlook-2010'}, deps);
		const elapsed = performance.now() - started;
		verifications = Math.max(verifications, hasher().stats.verifications - before);
		outcomes.add(result.ok ? `${result.entry.status} ${result.entry.clientApp}` : result.code);
		return elapsed;
	};

	const [many, one] = await interleave(rounds, [timed('many.apps'), timed('one.app')]);
	return {appPasswordRatio: median(many!) / median(one!), verificationsPerSignIn: verifications, appPasswordOutcome: [...outcomes].join('; ')};
}

function firstAppUser(state: SimState): string {
	const user = Object.values(state.tenant.users).find((each) => each.perUserMfa === 'enforced' && each.methods.authenticatorApps.length > 0 && each.roles.length === 0);
	return user!.id;
}

/** Milliseconds per pure evaluation, from a batch (timer resolution and call overhead spread out). */
function evaluationCost(state: SimState, attempt: SignInAttempt, facts: SignInFacts, batch: number): number {
	const started = performance.now();
	for (let index = 0; index < batch; index++) {
		const result = evaluateSignIn(state, attempt, facts);
		if (!result.ok) {
			throw new Error(result.message);
		}
	}

	return (performance.now() - started) / batch;
}

async function evaluationRatio(rounds: number): Promise<number> {
	// The same seed generates the same first users, so the same person signs in to both tenants.
	const small = (await loadPlay(generatedTenant(100), countingPorts().ports)).state;
	const large = (await loadPlay(generatedTenant(100_000), countingPorts().ports)).state;
	const userId = firstAppUser(small);
	const attempt: SignInAttempt = {userId, clientId: 'browser', mode: 'interactive'};
	const facts: SignInFacts = {credential: {kind: 'password'}, totp: {}, oneTimeCode: '123456', numberMatch: 42};
	evaluationCost(small, attempt, facts, 500);
	evaluationCost(large, attempt, facts, 500);
	const [big, little] = await interleave(rounds, [() => evaluationCost(large, attempt, facts, 200), () => evaluationCost(small, attempt, facts, 200)]);
	return median(big!) / median(little!);
}

const rounds = Number(process.argv[2] ?? 21);
reportResult({...(await appPasswordRows(rounds)), evaluationRatio: await evaluationRatio(rounds)} satisfies SignInResult);
