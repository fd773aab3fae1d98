import type {PasswordHasher, RandomSource, TotpPort} from '../domain/ports.js';

/**
 * The effectful ports a service needs. The composition root (cli.tsx) builds real adapters
 * (argon2, otplib, a seeded generator); tests build the same bundle with fakes.
 */
export type Deps = {
	readonly hasher: PasswordHasher;
	readonly totp: TotpPort;
	readonly random: RandomSource;
};
