import type {PasswordHasher} from '../domain/ports.js';
import type {CredentialCheck} from '../domain/sign-in/attempt.js';
import type {User} from '../domain/tenant/user.js';

/**
 * Checks the secret a client submitted against the tenant user with ONE argon2 verification,
 * however many app passwords the user has (DESIGN section 7):
 *
 * 1. compute the keyed lookup tag of the secret (an HMAC, microseconds);
 * 2. if an app password carries that tag, verify only that app password's hash;
 * 3. otherwise verify the password hash.
 *
 * Edge cases, both astronomically unlikely with 64-bit tags (a collision among 40 tags is about
 * 1e-16): several app passwords sharing the tag are all verified in turn; and a tag match whose
 * hash does not verify (a collision with the typed password) falls back to the password hash, so
 * a user is never locked out by a collision. Only these cases cost more than one verification.
 */
export async function checkCredential(user: User, secret: string, hasher: PasswordHasher): Promise<CredentialCheck> {
	const tag = hasher.lookupTag(secret);
	const candidates = user.appPasswords.filter((appPassword) => appPassword.lookupTag === tag);
	for (const candidate of candidates) {
		// Sequential on purpose: the first candidate is almost always the one.
		if (await hasher.verify(candidate.hash, secret)) {
			return {kind: 'app-password', appPasswordId: candidate.id};
		}
	}

	return (await hasher.verify(user.passwordHash, secret)) ? {kind: 'password'} : {kind: 'no-match'};
}
