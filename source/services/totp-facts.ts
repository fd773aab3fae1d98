import type {UserId} from '../domain/common/ids.js';
import {SECOND, type Instant} from '../domain/common/time.js';
import type {TotpPort} from '../domain/ports.js';
import type {TotpFact} from '../domain/sign-in/attempt.js';
import type {SimState} from '../domain/state/sim-state.js';
import type {HardwareOathToken} from '../domain/tenant/methods.js';
import {findUser} from '../domain/tenant/tenant.js';
import type {User} from '../domain/tenant/user.js';
import {findPerson, type Person} from '../domain/world/world.js';

/** A tenant-side OATH credential: the seed and step the tenant verifies codes with. */
export type OathCredential =
	| {readonly kind: 'authenticator' | 'software-token'; readonly id: string; readonly secret: string; readonly periodSeconds: 30}
	| {
			readonly kind: 'hardware-token';
			readonly id: string;
			readonly secret: string;
			/** The interval the CSV upload told the tenant; the key fob itself may tick at another. */
			readonly periodSeconds: 30 | 60;
			readonly serialNumber: string;
	  };

/** Unix seconds (what otplib counts in) of an Instant (milliseconds on the simulated clock). */
export function unixSeconds(at: Instant): number {
	return Math.floor(at / SECOND);
}

/** Every OATH credential of the user: Authenticator registrations with codes, software and hardware tokens. */
export function oathCredentials(user: User): readonly OathCredential[] {
	const {authenticatorApps, softwareTokens, hardwareTokens} = user.methods;
	return [
		...authenticatorApps
			.filter((app) => app.code)
			.map((app): OathCredential => ({kind: 'authenticator', id: app.id, secret: app.secret, periodSeconds: 30})),
		...softwareTokens.map((token): OathCredential => ({kind: 'software-token', id: token.id, secret: token.secret, periodSeconds: 30})),
		...hardwareTokens.map(hardwareCredential),
	];
}

/** The tenant-side view of one hardware token. */
export function hardwareCredential(token: HardwareOathToken): OathCredential {
	return {kind: 'hardware-token', id: token.id, secret: token.secret, periodSeconds: token.periodSeconds, serialNumber: token.serialNumber};
}

/**
 * The code the person would read off their own device right now, or undefined when nothing in
 * their hands shows one. App codes come from the Authenticator account set up for this
 * registration on the phone they carry (not the old phone, as for pushes), with the ACCOUNT's
 * seed, which may be stale, at phone time (the phone clock may be off). A switched-off phone or
 * an uninstalled app shows nothing. Key fobs are matched by serial number and tick with their
 * OWN interval, whatever the tenant was told.
 */
export function deviceCode(person: Person | undefined, credential: OathCredential, now: Instant, totp: TotpPort): string | undefined {
	if (person === undefined) {
		return undefined;
	}

	if (credential.kind === 'hardware-token') {
		const device = person.tokens.find((token) => token.serialNumber === credential.serialNumber);
		return device === undefined ? undefined : totp.generate(device.secret, unixSeconds(now), device.periodSeconds);
	}

	const {phone} = person;
	if (phone === undefined || !phone.poweredOn || !phone.authenticator.installed) {
		return undefined;
	}

	const account = phone.authenticator.accounts.find((each) => each.registrationId === credential.id);
	return account === undefined ? undefined : totp.generate(account.secret, unixSeconds(now) + phone.clockOffsetSeconds, 30);
}

/** Whether the tenant accepts `code` for this credential at tenant time, with its own seed and step. */
export function tenantVerdict(credential: OathCredential, code: string | undefined, now: Instant, totp: TotpPort): TotpFact {
	if (code === undefined) {
		return {accepted: false};
	}

	const result = totp.verify(credential.secret, code, unixSeconds(now), credential.periodSeconds);
	return result.valid ? {code, accepted: true, timeStep: result.timeStep} : {code, accepted: false};
}

/**
 * TOTP facts for every OATH credential of the user, by credential id. With `typedCode` (real-time
 * mode: the trainee reads a real authenticator app) the typed code stands for whatever the
 * devices would show and is checked against each credential, so the one the evaluation
 * challenges with gets the right verdict.
 */
export function buildTotpFacts(user: User, person: Person | undefined, now: Instant, totp: TotpPort, typedCode?: string): Record<string, TotpFact> {
	const facts: Record<string, TotpFact> = {};
	for (const credential of oathCredentials(user)) {
		const code = typedCode ?? deviceCode(person, credential, now, totp);
		facts[credential.id] = tenantVerdict(credential, code, now, totp);
	}

	return facts;
}

/**
 * Whether the code the person's key fob shows now (its own interval) is accepted by the tenant
 * (the uploaded seed and interval). False when the token or the fob is missing; the domain then
 * gives the precise rejection (`token/not-found`, `token/invalid-code`).
 */
export function hardwareTokenCodeAccepted(state: SimState, userId: UserId, tokenId: string, deps: {readonly totp: TotpPort}): boolean {
	const token = findUser(state.tenant, userId)?.methods.hardwareTokens.find((each) => each.id === tokenId);
	if (token === undefined) {
		return false;
	}

	const credential = hardwareCredential(token);
	const code = deviceCode(findPerson(state.world, userId), credential, state.now, deps.totp);
	return tenantVerdict(credential, code, state.now, deps.totp).accepted;
}
