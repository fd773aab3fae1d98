/**
 * Fakes of the effect ports for service tests. The fake hasher is instant and counts its work,
 * so tests can assert the cost shape (one verification per sign-in) without paying for argon2.
 */
import {createHash} from 'node:crypto';
import type {PasswordHasher} from '../../source/domain/ports.js';
import type {AppPassword} from '../../source/domain/tenant/user.js';
import type {HasherStats} from '../../source/adapters/argon2-password-hasher.js';
import {createOtplibTotp} from '../../source/adapters/otplib-totp.js';
import {createSeededRandom} from '../../source/adapters/seeded-random.js';
import type {Deps} from '../../source/services/deps.js';
import {instant} from './build-state.js';

export type CountingFakeHasher = PasswordHasher & {
	readonly stats: HasherStats;
};

/**
 * A hasher whose "hash" is `fake:` + the reversed base64 of the secret (never the plaintext),
 * with a SHA-256 lookup tag and live counters of hashes and verifications.
 */
export function createCountingFakeHasher(): CountingFakeHasher {
	const stats = {hashes: 0, verifications: 0};
	const fakeHash = (secret: string) => `fake:${[...Buffer.from(secret).toString('base64')].reverse().join('')}`;
	return {
		stats,
		async hash(secret) {
			stats.hashes++;
			return fakeHash(secret);
		},
		async verify(hash, secret) {
			stats.verifications++;
			return hash === fakeHash(secret);
		},
		lookupTag(secret) {
			return createHash('sha256').update(`test-key:${secret}`).digest('hex').slice(0, 16);
		},
	};
}

/** Ports for service tests: the counting fake hasher, the real otplib adapter and a seeded generator. */
export function testDeps(seed = 'test-seed'): Deps & {readonly hasher: CountingFakeHasher} {
	const random = createSeededRandom(seed);
	return {hasher: createCountingFakeHasher(), totp: createOtplibTotp({random}), random};
}

/** An app password record as the tenant stores it, hashed and tagged by the given hasher. */
export async function storedAppPassword(hasher: PasswordHasher, id: string, secret: string): Promise<AppPassword> {
	return {id, name: `Device ${id}`, createdAt: instant('2024-01-15T00:00:00Z'), hash: await hasher.hash(secret), lookupTag: hasher.lookupTag(secret)};
}
