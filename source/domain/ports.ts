/**
 * Ports the domain declares and adapters implement (DESIGN section 4). The domain never calls them:
 * services do, and hand the results to the pure functions as facts.
 */

/** argon2 hashing of passwords and app passwords, plus a keyed lookup tag for app passwords. */
export type PasswordHasher = {
	hash(secret: string): Promise<string>;
	verify(hash: string, secret: string): Promise<boolean>;
	/** Keyed fingerprint (not a password hash) that selects which app password to verify. */
	lookupTag(secret: string): string;
};

/** RFC 6238 TOTP at an explicit time. A malformed code is a rejected code, never a throw. */
export type TotpPort = {
	generate(secret: string, atSeconds: number, periodSeconds: 30 | 60): string;
	verify(
		secret: string,
		code: string,
		atSeconds: number,
		periodSeconds: 30 | 60,
	): {readonly valid: true; readonly timeStep: number} | {readonly valid: false};
	/** A fresh Base32 seed of `bytes` bytes (Microsoft uses 10). */
	newSecret(bytes: number): string;
};

/** Deterministic randomness for codes, secrets and variants: the same seed gives the same run. */
export type RandomSource = {
	/** An integer in [0, max). */
	int(max: number): number;
	/** A string of `length` characters drawn from `alphabet`. */
	string(alphabet: string, length: number): string;
};

/** The wall clock, only for real-time mode and wall-time stamps in transcripts. */
export type WallClock = {
	now(): number;
};
