import {applyAdminCommand} from '../domain/admin/apply-admin-command.js';
import type {AdminCommand} from '../domain/admin/admin-command.js';
import type {UserId} from '../domain/common/ids.js';
import type {Rejection} from '../domain/common/rejection.js';
import type {Applied} from '../domain/state/events.js';
import type {SimState} from '../domain/state/sim-state.js';
import type {Deps} from './deps.js';
import {temporaryPassword} from './secrets.js';
import {hardwareTokenCodeAccepted} from './totp-facts.js';

/** Admin commands whose facts (hashes, TOTP verdicts) a service computes. */
type AdminCommandWithFacts = Extract<AdminCommand, {readonly type: 'reset-password' | 'activate-hardware-token'}>;

/**
 * What the trainee chose as an admin, without facts or secrets: this is what transcripts persist.
 * Replaying an intent with the same seed draws the same temporary password (the argon2 salt
 * differs, the verdicts do not). Commands without facts are their own intent.
 */
export type AdminIntent =
	| Exclude<AdminCommand, AdminCommandWithFacts>
	/** Reset password with "Automatically create a password". */
	| {readonly type: 'reset-password'; readonly userId: UserId}
	/** Activate a hardware token: the user reads the code the fob shows now. */
	| {readonly type: 'activate-hardware-token'; readonly userId: UserId; readonly tokenId: string};

/**
 * Turns an intent into a domain command by computing its facts: a reset password draws a
 * temporary password from the seeded generator and hashes it (one argon2 hash); activating a
 * hardware token checks the code the key fob in the person's hand shows now against the
 * tenant-side seed and interval. Nothing is refused here: the pure domain decides.
 */
export async function resolveAdminIntent(state: SimState, intent: AdminIntent, deps: Deps): Promise<AdminCommand> {
	switch (intent.type) {
		case 'reset-password': {
			const password = temporaryPassword(deps.random);
			return {...intent, temporaryPassword: password, passwordHash: await deps.hasher.hash(password)};
		}

		case 'activate-hardware-token': {
			return {...intent, codeAccepted: hardwareTokenCodeAccepted(state, intent.userId, intent.tokenId, deps)};
		}

		default: {
			return intent;
		}
	}
}

/** Resolves the intent, then applies the command to the pure model. */
export async function runAdminIntent(state: SimState, intent: AdminIntent, deps: Deps): Promise<Applied<SimState> | Rejection> {
	return applyAdminCommand(state, await resolveAdminIntent(state, intent, deps));
}
