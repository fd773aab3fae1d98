import type {Era} from '../common/era.js';
import {DAY, MINUTE} from '../common/time.js';
import {nextId, type SimState} from '../state/sim-state.js';
import type {User} from '../tenant/user.js';
import type {Client} from '../world/client.js';
import type {Person} from '../world/world.js';
import {telephonyLimit} from './delivery.js';
import type {VerdictEffects} from './verdict.js';

/** Smart lockout defaults: 10 failures lock for 60 s, growing with each lockout (fact sheet 1.2). */
export const smartLockout = {threshold: 10, firstLockoutMs: MINUTE} as const;

type EffectInput = {
	readonly state: SimState;
	readonly user: User;
	readonly client: Client;
	readonly person: Person;
	readonly effects: VerdictEffects;
	readonly era: Era;
};

type EffectOutput = {
	readonly state: SimState;
	readonly user: User;
	readonly client: Client;
	/** Audit activity to record for a fraud report, if any (fact sheet 1.5). */
	readonly fraudAudit?: string;
};

/** Applies a verdict's effects to the user (lockout, throttling, TOTP replay, grants) and the client (session, cookie). */
export function applyEffects(input: EffectInput): EffectOutput {
	const {effects, era} = input;
	const now = input.state.now;
	let state = input.state;
	let user = input.user;
	let client = input.client;
	let fraudAudit: string | undefined;
	if (effects.countFailedPassword) {
		const failed = user.lockout.failedAttempts + 1;
		user =
			failed >= smartLockout.threshold
				? {...user, lockout: {failedAttempts: 0, lockoutCount: user.lockout.lockoutCount + 1, lockedUntil: now + smartLockout.firstLockoutMs * 2 ** user.lockout.lockoutCount}}
				: {...user, lockout: {...user.lockout, failedAttempts: failed}};
	}

	if (effects.resetFailedPasswords && user.lockout.failedAttempts > 0) {
		user = {...user, lockout: {...user.lockout, failedAttempts: 0}};
	}

	if (effects.telephonyAttempt) {
		user = {...user, telephonyAttempts: [...user.telephonyAttempts.filter((at) => now - at < telephonyLimit.windowMs), now]};
	}

	if (effects.acceptedStep) {
		user = {...user, lastAcceptedTotpStep: {...user.lastAcceptedTotpStep, [effects.acceptedStep.credentialId]: effects.acceptedStep.step}};
	}

	if (effects.appPasswordUsed !== undefined) {
		const id = effects.appPasswordUsed;
		user = {...user, appPasswords: user.appPasswords.map((each) => (each.id === id ? {...each, lastUsedAt: now} : each))};
	}

	if (effects.fraudReported) {
		// Legacy fraud alert blocked the user for 90 days; since 1 Mar 2025 the report sets user risk High (fact sheet 8.7).
		if (era.legacyFraudAlert) {
			user = {...user, mfaBlockedUntil: now + 90 * DAY};
			fraudAudit = 'Fraud reported - user is blocked for MFA';
		} else {
			user = {...user, risk: 'high'};
			fraudAudit = 'User reported suspicious activity'; // invented activity name (risk detection "User Reported Suspicious Activity")
		}
	}

	if (effects.rememberDevice && client.kind === 'browser') {
		const taken = nextId(state, 'grant');
		state = taken.state;
		const days = state.tenant.settings.rememberMfa.days;
		const grant = {id: taken.id, clientId: client.id, grantedAt: now, expiresAt: now + days * DAY};
		user = {...user, rememberedDevices: [...user.rememberedDevices.filter((each) => each.clientId !== client.id), grant]};
		client = {...client, rememberCookie: {grantId: grant.id}};
	}

	if (effects.session) {
		const mfaAt = effects.session.mfa ? now : client.session?.mfaAt;
		client = {...client, session: {issuedAt: now, ...(mfaAt === undefined ? {} : {mfaAt})}};
	}

	return {state, user, client, ...(fraudAudit === undefined ? {} : {fraudAudit})};
}
