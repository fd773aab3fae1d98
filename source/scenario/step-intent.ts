import type {AdminCommand} from '../domain/admin/admin-command.js';
import type {UserId} from '../domain/common/ids.js';
import type {TypedCode} from '../domain/session/typed-code.js';
import type {EscalationTarget, SimState} from '../domain/state/sim-state.js';
import type {RegistrationMethod, UserAction} from '../domain/user/user-action.js';
import type {GoalPredicate} from './schema/goal-schema.js';
import type {AdminStep, AskStep, Step} from './schema/step-schema.js';

type AdminWithFacts = Extract<AdminCommand, {readonly type: 'reset-password' | 'activate-hardware-token'}>;
type UserWithFacts = Extract<
	UserAction,
	{
		readonly type: 'complete-registration' | 'create-app-password' | 're-add-authenticator-account' | 'move-authenticator-to-new-phone' | 'activate-hardware-token' | 'change-password';
	}
>;

/** An admin command without the facts a service computes (same shape as the session service's AdminIntent). */
export type AdminStepIntent =
	| Exclude<AdminCommand, AdminWithFacts>
	| {readonly type: 'reset-password'; readonly userId: UserId}
	| {readonly type: 'activate-hardware-token'; readonly userId: UserId; readonly tokenId: string};

/** A user action without the facts a service computes (same shape as the session service's UserIntent). */
export type UserStepIntent =
	| Exclude<UserAction, UserWithFacts>
	| {readonly type: 'complete-registration'; readonly userId: UserId; readonly method: RegistrationMethod}
	| {readonly type: 'create-app-password'; readonly userId: UserId; readonly name: string}
	| {readonly type: 're-add-authenticator-account'; readonly userId: UserId}
	| {readonly type: 'move-authenticator-to-new-phone'; readonly userId: UserId}
	| {readonly type: 'activate-hardware-token'; readonly userId: UserId; readonly tokenId: string}
	| {readonly type: 'change-password'; readonly userId: UserId};

/** What a scripted step asks the engine to do: a session intent, or a mid-script check. */
export type StepIntent =
	| {readonly kind: 'admin'; readonly intent: AdminStepIntent}
	/** `typedCode` mirrors the session intent's (real-time play only; scripts never set it). */
	| {readonly kind: 'user'; readonly intent: UserStepIntent; readonly typedCode?: TypedCode}
	| {readonly kind: 'wait'; readonly minutes: number}
	| {readonly kind: 'next-day'}
	| {readonly kind: 'escalate'; readonly to: EscalationTarget; readonly reason: string}
	| {readonly kind: 'check'; readonly goal: GoalPredicate};

const minutesPerUnit: Readonly<Record<string, number>> = {s: 1 / 60, m: 1, h: 60, d: 24 * 60};

/** Minutes in a `wait` duration (`90s`, `5m`, `1h`, `2d`); undefined for `next-day`. */
export function durationMinutes(duration: string): number | undefined {
	const match = /^(\d+)([smhd])$/.exec(duration);
	return match ? Number(match[1]) * minutesPerUnit[match[2]!]! : undefined;
}

/** The admin command an `admin:` step stands for, without its facts. */
export function adminIntent(step: AdminStep): AdminStepIntent {
	switch (step.admin) {
		case 'set-per-user-mfa': {
			return {type: step.admin, userIds: step.users, state: step.state};
		}

		case 'manage-user-settings': {
			return {
				type: step.admin,
				userIds: step.users,
				requireContactMethodsAgain: step.requireContactMethodsAgain ?? false,
				deleteAllAppPasswords: step.deleteAllAppPasswords ?? false,
				restoreMfaOnRememberedDevices: step.restoreMfaOnRememberedDevices ?? false,
			};
		}

		case 'require-re-register-mfa':
		case 'revoke-mfa-sessions':
		case 'revoke-sessions':
		case 'reset-password':
		case 'dismiss-user-risk': {
			return {type: step.admin, userId: step.user};
		}

		case 'set-phone-method': {
			return {type: step.admin, userId: step.user, slot: step.slot, number: step.number};
		}

		case 'set-default-method': {
			return {type: step.admin, userId: step.user, method: step.method};
		}

		case 'delete-method': {
			return {type: step.admin, userId: step.user, methodId: step.method};
		}

		case 'activate-hardware-token': {
			return {type: step.admin, userId: step.user, tokenId: step.token};
		}

		case 'set-sign-in-blocked': {
			return {type: step.admin, userId: step.user, blocked: step.blocked};
		}

		case 'unblock-mfa': {
			return {type: step.admin, userId: step.user, reason: step.reason};
		}

		case 'set-app-passwords-allowed': {
			return {type: step.admin, allowed: step.allowed};
		}

		case 'set-trusted-ips': {
			return {type: step.admin, ranges: step.ranges, skipForFederatedIntranet: step.skipForFederatedIntranet ?? false};
		}

		case 'set-verification-options': {
			return {type: step.admin, options: {call: step.call, text: step.text, appNotification: step.appNotification, appCode: step.appCode}};
		}

		case 'set-remember-mfa': {
			return {type: step.admin, enabled: step.enabled, days: step.days};
		}

		case 'set-security-defaults':
		case 'set-exchange-modern-auth':
		case 'set-smtp-auth': {
			return {type: step.admin, enabled: step.enabled};
		}

		case 'set-mailbox-smtp-auth': {
			return {type: step.admin, userId: step.user, setting: step.setting};
		}
	}
}

/** The id of the user's newest app password with this name, or the name itself (the domain then refuses it). */
function appPasswordId(state: SimState | undefined, userId: string, name: string): string {
	const user = state && Object.hasOwn(state.tenant.users, userId) ? state.tenant.users[userId] : undefined;
	return user?.appPasswords.findLast((each) => each.name === name)?.id ?? name;
}

/** The user action an `ask:` step stands for, without its facts; `state` resolves app password names to ids. */
export function userIntent(step: AskStep, state: SimState | undefined): UserStepIntent {
	const userId = step.ask;
	switch (step.to) {
		case 'sign-in': {
			return {type: step.to, userId, clientId: step.client, ...(step.method ? {method: step.method} : {})};
		}

		case 'complete-registration': {
			return {type: step.to, userId, method: step.method};
		}

		case 'change-default-method': {
			return {type: step.to, userId, method: step.method};
		}

		case 'create-app-password': {
			return {type: step.to, userId, name: step.name};
		}

		case 'use-app-password-in-client': {
			return {type: step.to, userId, clientId: step.client, appPasswordId: appPasswordId(state, userId, step.appPassword)};
		}

		case 'delete-app-password': {
			return {type: step.to, userId, appPasswordId: appPasswordId(state, userId, step.appPassword)};
		}

		case 'clear-saved-credentials': {
			return {type: step.to, userId, clientId: step.client};
		}

		case 'activate-hardware-token': {
			return {type: step.to, userId, tokenId: step.token};
		}

		case 'set-outlook-registry': {
			const {enableAdal, version, alwaysUseMsoAuthForAutoDiscover} = step.registry;
			const registry = {
				...(enableAdal === undefined ? {} : {enableAdal}),
				...(version === undefined ? {} : {version}),
				...(alwaysUseMsoAuthForAutoDiscover === undefined ? {} : {alwaysUseMsoAuthForAutoDiscover}),
			};
			return {type: step.to, userId, clientId: step.client, registry};
		}

		case 'upgrade-outlook': {
			return {type: step.to, userId, clientId: step.client, version: step.version};
		}

		case 're-add-ios-mail-account': {
			return {type: step.to, userId, clientId: step.client, setup: step.setup};
		}

		case 'move-to-network': {
			return {type: step.to, userId, networkId: step.network};
		}

		default: {
			return {type: step.to, userId};
		}
	}
}

/**
 * Maps a validated step to what the engine plays (data only). `state` is the state the step applies to: it
 * resolves app password names to ids (`use-app-password-in-client`, `delete-app-password`).
 */
export function stepToIntent(step: Step, state?: SimState): StepIntent {
	if ('admin' in step) {
		return {kind: 'admin', intent: adminIntent(step)};
	}

	if ('ask' in step) {
		return {kind: 'user', intent: userIntent(step, state)};
	}

	if ('check' in step) {
		return {kind: 'check', goal: step.check};
	}

	if ('escalate' in step) {
		return {kind: 'escalate', to: step.escalate, reason: step.reason};
	}

	const minutes = durationMinutes(step.wait);
	return minutes === undefined ? {kind: 'next-day'} : {kind: 'wait', minutes};
}
