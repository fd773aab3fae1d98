import {performance} from 'node:perf_hooks';
import {createArgon2Hasher, type CountingPasswordHasher} from '../adapters/argon2-password-hasher.js';
import {createOtplibTotp} from '../adapters/otplib-totp.js';
import {createSeededRandom} from '../adapters/seeded-random.js';
import type {SimState} from '../domain/state/sim-state.js';
import type {RunPorts} from '../services/scenario-run-service.js';
import {reportResult} from './bench-child.js';
import {median} from './bench-stats.js';
import {generatedTenant, loadPlay} from './bench-tenant.js';

/** What the tenant-load section reports for one size. */
export type TenantLoadResult = {
	readonly users: number;
	/** argon2 hashes plus verifications performed while loading (all loads). */
	readonly argon2Operations: number;
	/** Heap retained by one loaded start state, per user (the fixture it came from freed). */
	readonly heapBytesPerUser: number;
	/** Median milliseconds per load; the parent only ever shows it as a ratio between sizes. */
	readonly loadMilliseconds: number;
};

function collect(): number {
	const gc = (globalThis as {gc?: () => void}).gc;
	if (!gc) {
		throw new Error('run with node --expose-gc');
	}

	gc();
	gc();
	return process.memoryUsage().heapUsed;
}

const users = Number(process.argv[2] ?? 10_000);
const loads = Number(process.argv[3] ?? 3);
const hashers: CountingPasswordHasher[] = [];
const ports: RunPorts = {
	randomFor: (seed) => createSeededRandom(seed),
	depsFor: ({seed, tenantId, random}) => {
		const hasher = createArgon2Hasher({lookupKey: `mfadesk-lookup:${tenantId}:${seed}`});
		hashers.push(hasher);
		return {hasher, totp: createOtplibTotp({random}), random};
	},
};

const before = collect();
let fixture: ReturnType<typeof generatedTenant> | undefined = generatedTenant(users);
const times: number[] = [];
let kept: SimState | undefined;
for (let index = 0; index < loads; index++) {
	kept = undefined;
	collect();
	const started = performance.now();
	kept = (await loadPlay(fixture, ports)).state;
	times.push(performance.now() - started);
}

fixture = undefined;
const after = collect();
const argon2Operations = hashers.reduce((sum, hasher) => sum + hasher.stats.hashes + hasher.stats.verifications, 0);
reportResult({users: Object.keys(kept!.tenant.users).length, argon2Operations, heapBytesPerUser: (after - before) / users, loadMilliseconds: median(times)} satisfies TenantLoadResult);
