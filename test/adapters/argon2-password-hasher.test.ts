import {describe, expect, it} from 'vitest';
import {createArgon2Hasher, owaspMinimumCost, type Argon2Cost} from '../../source/adapters/argon2-password-hasher.js';

// Tests only: far below the OWASP minimum so the suite stays fast.
const cheap: Argon2Cost = {memoryCost: 1024, timeCost: 1, parallelism: 1};
const phcPattern = /^\$argon2id\$v=19\$[mtp=\d,]+\$[A-Za-z\d+/]+\$[A-Za-z\d+/]+$/;

/** The m, t and p parameters of a PHC string (node-argon2 writes them in the order m, p, t). */
function parameters(phc: string): Record<string, number> {
	const field = phc.split('$')[3] ?? '';
	return Object.fromEntries(field.split(',').map((pair) => {
		const [name = '', value = ''] = pair.split('=');
		return [name, Number(value)];
	}));
}

describe('argon2 password hasher', () => {
	it('verifies the password it hashed and refuses a different one', async () => {
		const hasher = createArgon2Hasher({lookupKey: 'tenant-key', cost: cheap});
		const hash = await hasher.hash('Summer2024!');

		expect(await hasher.verify(hash, 'Summer2024!')).toBe(true);
		expect(await hasher.verify(hash, 'summer2024!')).toBe(false);
	});

	it('stores an argon2id PHC string that carries its parameters and never the plaintext', async () => {
		const hasher = createArgon2Hasher({lookupKey: 'tenant-key', cost: cheap});
		const hash = await hasher.hash('Summer2024!');

		expect(hash).toMatch(phcPattern);
		expect(parameters(hash)).toEqual({m: 1024, t: 1, p: 1});
		expect(hash).not.toContain('Summer2024!');
	});

	it('salts every hash, so two users with the same password have different hashes', async () => {
		const hasher = createArgon2Hasher({lookupKey: 'tenant-key', cost: cheap});

		expect(await hasher.hash('Welcome1')).not.toBe(await hasher.hash('Welcome1'));
	});

	it('defaults to the OWASP minimum for argon2id: 19 MiB, two passes, one lane', async () => {
		const hasher = createArgon2Hasher({lookupKey: 'tenant-key'});

		expect(hasher.cost).toEqual({memoryCost: 19_456, timeCost: 2, parallelism: 1});
		expect(owaspMinimumCost).toEqual(hasher.cost);
		// The only hash at full cost in the suite: the parameters really reach argon2.
		expect(parameters(await hasher.hash('Welcome1'))).toEqual({m: 19_456, t: 2, p: 1});
	});

	it('answers "no match" for a malformed hash instead of throwing', async () => {
		const hasher = createArgon2Hasher({lookupKey: 'tenant-key', cost: cheap});

		expect(await hasher.verify('fake-hash-of-priya', 'anything')).toBe(false);
		expect(await hasher.verify('$argon2id$v=19$m=abc,t=1,p=1$c2FsdA$aGFzaA', 'anything')).toBe(false);
		expect(await hasher.verify('', 'anything')).toBe(false);
	});

	it('counts hashes and verifications, malformed ones included, so benchmarks can assert the cost', async () => {
		const hasher = createArgon2Hasher({lookupKey: 'tenant-key', cost: cheap});
		const hash = await hasher.hash('Welcome1');
		await hasher.verify(hash, 'Welcome1');
		await hasher.verify('not a hash', 'Welcome1');

		expect(hasher.stats).toEqual({hashes: 1, verifications: 2});
	});

	it('derives a lookup tag keyed per tenant: stable for one key, different under another, 16 hex digits', () => {
		const contoso = createArgon2Hasher({lookupKey: 'contoso-session', cost: cheap});
		const fabrikam = createArgon2Hasher({lookupKey: 'fabrikam-session', cost: cheap});
		const tag = contoso.lookupTag('abcdefghijklmnop');

		expect(tag).toMatch(/^[\da-f]{16}$/);
		expect(contoso.lookupTag('abcdefghijklmnop')).toBe(tag);
		expect(contoso.lookupTag('abcdefghijklmnoq')).not.toBe(tag);
		expect(fabrikam.lookupTag('abcdefghijklmnop')).not.toBe(tag);
	});
});
