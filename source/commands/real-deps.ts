import {createArgon2Hasher, type Argon2Cost} from '../adapters/argon2-password-hasher.js';
import {createOtplibTotp} from '../adapters/otplib-totp.js';
import {createSeededRandom} from '../adapters/seeded-random.js';
import type {RunPorts} from '../services/scenario-run-service.js';

/**
 * The real effect ports for headless runs: argon2id (OWASP minimum unless a cheaper cost is passed, for
 * tests), otplib TOTP and the seeded generator. The app-password lookup-tag key is derived from the tenant
 * id and the seed, so replaying a run with the same seed finds the same tags.
 */
export function createRunPorts(options: {readonly cost?: Argon2Cost} = {}): RunPorts {
	return {
		randomFor: (seed) => createSeededRandom(seed),
		depsFor: ({seed, tenantId, random}) => ({
			hasher: createArgon2Hasher({lookupKey: `mfadesk-lookup:${tenantId}:${seed}`, ...(options.cost === undefined ? {} : {cost: options.cost})}),
			totp: createOtplibTotp({random}),
			random,
		}),
	};
}
