import type {UserId} from '../common/ids.js';
import type {DefaultMethod} from '../tenant/methods.js';
import type {PerUserMfaState} from '../tenant/user.js';
import type {VerificationOptions} from '../tenant/service-settings.js';

/** Phone method slots an admin can add or edit (fact sheet 7.3). */
export type PhoneSlot = 'authentication' | 'alternate' | 'office';

/**
 * A remedy the trainee applies as an admin (fact sheet 7). Imperative kebab-case types.
 * Fields marked "fact" are computed by a service (hashing, TOTP) before the pure domain runs.
 */
export type AdminCommand =
	/** Quick steps Enable / Enforce / Disable on the legacy multi-factor authentication page; bulk. */
	| {readonly type: 'set-per-user-mfa'; readonly userIds: readonly UserId[]; readonly state: PerUserMfaState}
	/** Quick step "Manage user settings" with its three checkboxes; bulk. */
	| {
			readonly type: 'manage-user-settings';
			readonly userIds: readonly UserId[];
			readonly requireContactMethodsAgain: boolean;
			readonly deleteAllAppPasswords: boolean;
			readonly restoreMfaOnRememberedDevices: boolean;
	  }
	/** Authentication methods blade: Require re-register MFA. */
	| {readonly type: 'require-re-register-mfa'; readonly userId: UserId}
	/** Authentication methods blade: Revoke MFA sessions. */
	| {readonly type: 'revoke-mfa-sessions'; readonly userId: UserId}
	/** User profile: Revoke sessions (invalidate refresh tokens). */
	| {readonly type: 'revoke-sessions'; readonly userId: UserId}
	/**
	 * Reset password: the service generates the temporary password and its hash (facts); the admin
	 * reads the temporary password to the user, so the person knows it afterwards.
	 */
	| {readonly type: 'reset-password'; readonly userId: UserId; readonly temporaryPassword: string; readonly passwordHash: string}
	/** + Add authentication method / edit a phone; `number: null` deletes the phone method. */
	| {readonly type: 'set-phone-method'; readonly userId: UserId; readonly slot: PhoneSlot; readonly number: string | null}
	/** Change the user's default sign-in method. */
	| {readonly type: 'set-default-method'; readonly userId: UserId; readonly method: DefaultMethod}
	/** Delete one registered Authenticator app or OATH token. */
	| {readonly type: 'delete-method'; readonly userId: UserId; readonly methodId: string}
	/** Activate a hardware OATH token with the code it shows now; `codeAccepted` is the TOTP fact. */
	| {readonly type: 'activate-hardware-token'; readonly userId: UserId; readonly tokenId: string; readonly codeAccepted: boolean}
	/** Block / unblock sign-in (accountEnabled). */
	| {readonly type: 'set-sign-in-blocked'; readonly userId: UserId; readonly blocked: boolean}
	/** Legacy MFA Block/unblock users: unblock (until 1 Mar 2025). */
	| {readonly type: 'unblock-mfa'; readonly userId: UserId; readonly reason: string}
	/** ID Protection: dismiss user risk after investigation (Report suspicious activity era). */
	| {readonly type: 'dismiss-user-risk'; readonly userId: UserId}
	/** Service settings: app passwords radio choice. */
	| {readonly type: 'set-app-passwords-allowed'; readonly allowed: boolean}
	/** Service settings: trusted IPs. */
	| {readonly type: 'set-trusted-ips'; readonly ranges: readonly string[]; readonly skipForFederatedIntranet: boolean}
	/** Service settings: verification options. */
	| {readonly type: 'set-verification-options'; readonly options: VerificationOptions}
	/** Service settings: remember multi-factor authentication on trusted devices. */
	| {readonly type: 'set-remember-mfa'; readonly enabled: boolean; readonly days: number}
	/** Entra Properties: security defaults on/off. */
	| {readonly type: 'set-security-defaults'; readonly enabled: boolean}
	/** Exchange: `Set-OrganizationConfig -OAuth2ClientProfileEnabled`. */
	| {readonly type: 'set-exchange-modern-auth'; readonly enabled: boolean}
	/** Exchange: SMTP AUTH for the organisation, `Set-TransportConfig -SmtpClientAuthenticationDisabled $false|$true`. */
	| {readonly type: 'set-smtp-auth'; readonly enabled: boolean}
	/**
	 * Exchange: one mailbox's SMTP AUTH, `Set-CASMailbox -SmtpClientAuthenticationDisabled`: `enabled` is `$false`,
	 * `disabled` is `$true`, `organization` is `$null` (the mailbox follows the organisation again).
	 */
	| {readonly type: 'set-mailbox-smtp-auth'; readonly userId: UserId; readonly setting: MailboxSmtpAuthSetting};

/** The three values of `Set-CASMailbox -SmtpClientAuthenticationDisabled` in the simulator's words. */
export const mailboxSmtpAuthSettings = ['enabled', 'disabled', 'organization'] as const;
export type MailboxSmtpAuthSetting = (typeof mailboxSmtpAuthSettings)[number];

export type AdminCommandType = AdminCommand['type'];
