import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {createRunPorts} from '../commands/real-deps.js';
import type {PasswordHasher} from '../domain/ports.js';
import type {RunPorts} from '../services/scenario-run-service.js';
import {loadCatalogue} from '../services/scenario-source-service.js';
import {testScenarios} from '../services/scenario-test-service.js';
import {packageRoot, reportResult} from './bench-child.js';
import {median} from './bench-stats.js';

/** What the test-pack section reports. */
export type TestPackResult = {
	readonly cases: number;
	readonly passed: boolean;
	readonly hashes: number;
	readonly verifications: number;
	/** Share of the wall time during which at least one argon2 operation was running. */
	readonly argon2Share: number;
	/** The whole test run over one argon2id hash at the OWASP cost, both timed in this process. */
	readonly totalInHashes: number;
};

/** Wall time during which at least one argon2 call is in flight (calls overlap: `test` runs 4 cases at once). */
function busyClock(): {readonly enter: () => void; readonly leave: () => void; readonly total: () => number} {
	let inFlight = 0;
	let since = 0;
	let busy = 0;
	return {
		enter() {
			if (inFlight++ === 0) {
				since = performance.now();
			}
		},
		leave() {
			if (--inFlight === 0) {
				busy += performance.now() - since;
			}
		},
		total: () => busy,
	};
}

function timedHasher(hasher: PasswordHasher, clock: ReturnType<typeof busyClock>, counts: {hashes: number; verifications: number}): PasswordHasher {
	const timed = async <T>(work: () => Promise<T>): Promise<T> => {
		clock.enter();
		try {
			return await work();
		} finally {
			clock.leave();
		}
	};

	return {
		async hash(secret) {
			counts.hashes++;
			return timed(async () => hasher.hash(secret));
		},
		async verify(hash, secret) {
			counts.verifications++;
			return timed(async () => hasher.verify(hash, secret));
		},
		lookupTag: (secret) => hasher.lookupTag(secret),
	};
}

// One argon2id hash at the OWASP cost, the unit the total is expressed in (median of 5).
const unit = createRunPorts().depsFor({seed: 'unit', tenantId: 'unit', random: createRunPorts().randomFor('unit')}).hasher;
const unitTimes: number[] = [];
for (let index = 0; index < 5; index++) {
	const started = performance.now();
	await unit.hash(`unit-${index}`);
	unitTimes.push(performance.now() - started);
}

// The work `mfadesk test` does with no arguments: the built-in pack, seed 1, the real ports.
const clock = busyClock();
const counts = {hashes: 0, verifications: 0};
const real = createRunPorts();
const ports: RunPorts = {randomFor: real.randomFor, depsFor: (run) => {
	const deps = real.depsFor(run);
	return {...deps, hasher: timedHasher(deps.hasher, clock, counts)};
}};
const started = performance.now();
const loaded = await loadCatalogue({fixturesDir: path.join(packageRoot, 'fixtures')});
const report = await testScenarios(loaded.scenarios, loaded.issues, {seed: 1, ports});
const total = performance.now() - started;
reportResult({
	cases: report.counts.solutions + report.counts.wrongRemedies,
	passed: report.passed,
	...counts,
	argon2Share: clock.total() / total,
	totalInHashes: total / median(unitTimes),
} satisfies TestPackResult);
