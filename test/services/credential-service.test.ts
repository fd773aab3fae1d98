import {describe, expect, it} from 'vitest';
import {createArgon2Hasher} from '../../source/adapters/argon2-password-hasher.js';
import type {PasswordHasher} from '../../source/domain/ports.js';
import type {AppPassword} from '../../source/domain/tenant/user.js';
import {checkCredential} from '../../source/services/credential-service.js';
import {buildUser} from '../helpers/build-state.js';
import {createCountingFakeHasher, storedAppPassword} from '../helpers/fake-ports.js';

/** Sixteen lowercase letters, distinct per index, like the app passwords Security info shows. */
function appPasswordText(index: number): string {
	return `apppassword${String.fromCodePoint(97 + Math.floor(index / 26), 97 + (index % 26))}xyz`;
}

async function appPasswords(hasher: PasswordHasher, count: number): Promise<AppPassword[]> {
	return Promise.all(Array.from({length: count}, async (_, index) => storedAppPassword(hasher, `ap-${index + 1}`, appPasswordText(index))));
}

describe('credential service', () => {
	it('Priya\'s old Outlook sends her 40th app password: one verification finds it among 40', async () => {
		const hasher = createCountingFakeHasher();
		const priya = buildUser({id: 'priya', passwordHash: await hasher.hash('Summer2024!'), appPasswords: await appPasswords(hasher, 40)});
		const before = hasher.stats.verifications;

		expect(await checkCredential(priya, appPasswordText(39), hasher)).toEqual({kind: 'app-password', appPasswordId: 'ap-40'});
		expect(hasher.stats.verifications - before).toBe(1);
	});

	it('a user with a single app password also pays one verification', async () => {
		const hasher = createCountingFakeHasher();
		const marco = buildUser({id: 'marco', passwordHash: await hasher.hash('Summer2024!'), appPasswords: await appPasswords(hasher, 1)});
		const before = hasher.stats.verifications;

		expect(await checkCredential(marco, appPasswordText(0), hasher)).toEqual({kind: 'app-password', appPasswordId: 'ap-1'});
		expect(hasher.stats.verifications - before).toBe(1);
	});

	it('signing in with the password next to 40 app passwords verifies only the password hash', async () => {
		const hasher = createCountingFakeHasher();
		const priya = buildUser({id: 'priya', passwordHash: await hasher.hash('Summer2024!'), appPasswords: await appPasswords(hasher, 40)});
		const before = hasher.stats.verifications;

		expect(await checkCredential(priya, 'Summer2024!', hasher)).toEqual({kind: 'password'});
		expect(hasher.stats.verifications - before).toBe(1);
	});

	it('an old password still saved in a phone costs one verification and matches nothing', async () => {
		const hasher = createCountingFakeHasher();
		const priya = buildUser({id: 'priya', passwordHash: await hasher.hash('Autumn2024!'), appPasswords: await appPasswords(hasher, 40)});
		const before = hasher.stats.verifications;

		expect(await checkCredential(priya, 'Summer2024!', hasher)).toEqual({kind: 'no-match'});
		expect(hasher.stats.verifications - before).toBe(1);
	});

	it('a user whose password hash is malformed just fails the check', async () => {
		const hasher = createArgon2Hasher({lookupKey: 'contoso', cost: {memoryCost: 1024, timeCost: 1, parallelism: 1}});
		const broken = buildUser({id: 'broken', passwordHash: 'fake-hash-of-broken'});

		expect(await checkCredential(broken, 'password-of-broken', hasher)).toEqual({kind: 'no-match'});
	});

	it('with real argon2 (cheap test parameters) 40 app passwords still cost one verification', async () => {
		const hasher = createArgon2Hasher({lookupKey: 'contoso', cost: {memoryCost: 1024, timeCost: 1, parallelism: 1}});
		const priya = buildUser({id: 'priya', passwordHash: await hasher.hash('Summer2024!'), appPasswords: await appPasswords(hasher, 40)});
		const before = hasher.stats.verifications;

		expect(await checkCredential(priya, appPasswordText(17), hasher)).toEqual({kind: 'app-password', appPasswordId: 'ap-18'});
		expect(await checkCredential(priya, 'Summer2024!', hasher)).toEqual({kind: 'password'});
		expect(hasher.stats.verifications - before).toBe(2);
	});

	it('if two app passwords ever shared a tag, both are tried and the password still works after them', async () => {
		const fake = createCountingFakeHasher();
		const collidingHasher: PasswordHasher = {...fake, lookupTag: () => 'same-tag'};
		const user = buildUser({id: 'unlucky', passwordHash: await fake.hash('Summer2024!'), appPasswords: await appPasswords(collidingHasher, 2)});

		expect(await checkCredential(user, appPasswordText(1), collidingHasher)).toEqual({kind: 'app-password', appPasswordId: 'ap-2'});
		expect(await checkCredential(user, 'Summer2024!', collidingHasher)).toEqual({kind: 'password'});
	});
});
