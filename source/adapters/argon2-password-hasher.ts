import {createHmac} from 'node:crypto';
import {argon2id, hash, verify} from 'argon2';
import type {PasswordHasher} from '../domain/ports.js';

/** argon2id cost parameters: memory in KiB, passes, lanes. */
export type Argon2Cost = {
	readonly memoryCost: number;
	readonly timeCost: number;
	readonly parallelism: number;
};

/**
 * The OWASP Password Storage Cheat Sheet minimum for argon2id: m = 19 MiB, t = 2, p = 1
 * (stack notes section 2). The default; anything cheaper must be asked for (tests).
 */
export const owaspMinimumCost: Argon2Cost = Object.freeze({memoryCost: 19_456, timeCost: 2, parallelism: 1});

/** Hex characters kept from the HMAC-SHA256 lookup tag (64 bits: a collision among 40 app passwords is ~1e-16). */
export const lookupTagHexLength = 16;

export type Argon2HasherOptions = {
	/**
	 * Key of the lookup-tag HMAC, one per tenant/session. Tags stored in a tenant only match
	 * while the same key is used, so it must be kept (or re-derived) with the saved tenant.
	 */
	readonly lookupKey: string | Uint8Array;
	/** Cheaper than the OWASP minimum only when a caller (tests) passes it. */
	readonly cost?: Argon2Cost;
};

/** How much argon2 work this hasher has done: benchmarks and tests assert the cost shape (DESIGN section 7). */
export type HasherStats = {
	readonly hashes: number;
	readonly verifications: number;
};

export type CountingPasswordHasher = PasswordHasher & {
	/** Live counters: read them before and after the work being measured. */
	readonly stats: HasherStats;
	readonly cost: Argon2Cost;
};

/**
 * PasswordHasher on node-argon2: argon2id PHC strings, verification that answers false (never
 * throws) on a malformed hash, and a keyed HMAC-SHA256 lookup tag that lets a sign-in pick the
 * one app password worth verifying.
 */
export function createArgon2Hasher(options: Argon2HasherOptions): CountingPasswordHasher {
	const cost = options.cost ?? owaspMinimumCost;
	const key = options.lookupKey;
	const stats = {hashes: 0, verifications: 0};

	return {
		stats,
		cost,

		async hash(secret) {
			stats.hashes++;
			return hash(secret, {type: argon2id, ...cost});
		},

		async verify(phc, secret) {
			stats.verifications++;
			try {
				return await verify(phc, secret);
			} catch {
				// node-argon2 throws on a string that is not a PHC argon2 hash: that is simply no match.
				return false;
			}
		},

		lookupTag(secret) {
			return createHmac('sha256', key).update(secret, 'utf8').digest('hex').slice(0, lookupTagHexLength);
		},
	};
}
