import {z} from 'zod';
import {mailboxSmtpAuthSettings, type AdminCommandType} from '../../domain/admin/admin-command.js';
import type {UserActionType} from '../../domain/user/user-action.js';
import {defaultMethodSchema, iosMailSetupSchema, outlookVersionSchema, perUserMfaSchema, phoneSlotSchema, registrationMethodSchema, type Assert, type SameMembers} from './domain-enums.js';
import {escalationTargetSchema, goalSchema} from './goal-schema.js';
import {outlookRegistrySchema} from './client-schema.js';
import {closestMatch} from '../suggest.js';
import {unknownOption} from '../zod-messages.js';
import {cidrSchema, clientIdSchema, durationSchema, labelSchema, methodIdSchema, networkIdSchema, phoneNumberSchema, strict, textSchema, userIdSchema} from './primitives.js';

/** Remedies the trainee applies as an admin: the `admin:` values (AdminCommand types). */
export const adminStepTypes = [
	'set-per-user-mfa',
	'manage-user-settings',
	'require-re-register-mfa',
	'revoke-mfa-sessions',
	'revoke-sessions',
	'reset-password',
	'set-phone-method',
	'set-default-method',
	'delete-method',
	'activate-hardware-token',
	'set-sign-in-blocked',
	'unblock-mfa',
	'dismiss-user-risk',
	'set-app-passwords-allowed',
	'set-trusted-ips',
	'set-verification-options',
	'set-remember-mfa',
	'set-security-defaults',
	'set-exchange-modern-auth',
	'set-smtp-auth',
	'set-mailbox-smtp-auth',
] as const satisfies readonly AdminCommandType[];

/** Things the trainee asks a user to do: the `to:` values of `ask:` steps (UserAction types). */
export const askStepTypes = [
	'sign-in',
	'complete-registration',
	'create-app-password',
	'use-app-password-in-client',
	'clear-saved-credentials',
	'delete-app-password',
	'set-phone-automatic-time',
	'allow-authenticator-notifications',
	'remove-blocker',
	'turn-off-do-not-disturb',
	'restore-phone-signal',
	'press-hash-on-calls',
	'check-authenticator-manually',
	're-add-authenticator-account',
	'move-authenticator-to-new-phone',
	'change-default-method',
	'update-phone-number',
	'activate-hardware-token',
	'restore-mfa-on-trusted-devices',
	'set-outlook-registry',
	'upgrade-outlook',
	're-add-ios-mail-account',
	'move-to-network',
	'change-password',
] as const satisfies readonly UserActionType[];

/** Fails to compile when AdminCommand or UserAction gains a type these lists lack. */
export type StepTypesCoverDomain = [
	Assert<SameMembers<AdminCommandType, (typeof adminStepTypes)[number]>>,
	Assert<SameMembers<UserActionType, (typeof askStepTypes)[number]>>,
];

const note = {note: textSchema.optional().describe('Why this step: shown in the debrief next to the step.')};
const user = {user: userIdSchema};
const users = {users: z.array(userIdSchema).min(1).max(50)};
const client = {client: clientIdSchema};

function admin<const Type extends (typeof adminStepTypes)[number], Shape extends z.ZodRawShape>(type: Type, shape: Shape) {
	return strict({admin: z.literal(type), ...shape, ...note});
}

function ask<const Type extends (typeof askStepTypes)[number], Shape extends z.ZodRawShape>(type: Type, shape: Shape) {
	return strict({ask: userIdSchema, to: z.literal(type), ...shape, ...note});
}

/** `admin: <command>` steps, mirroring AdminCommand without the fact fields services compute. */
export const adminStepSchema = z.discriminatedUnion(
	'admin',
	[
		admin('set-per-user-mfa', {...users, state: perUserMfaSchema}),
		admin('manage-user-settings', {
			...users,
			requireContactMethodsAgain: z.boolean().optional(),
			deleteAllAppPasswords: z.boolean().optional(),
			restoreMfaOnRememberedDevices: z.boolean().optional(),
		}),
		admin('require-re-register-mfa', user),
		admin('revoke-mfa-sessions', user),
		admin('revoke-sessions', user),
		admin('reset-password', user),
		admin('set-phone-method', {...user, slot: phoneSlotSchema, number: phoneNumberSchema.nullable().describe('null deletes the phone method.')}),
		admin('set-default-method', {...user, method: defaultMethodSchema}),
		admin('delete-method', {...user, method: methodIdSchema.describe('Id of the Authenticator registration or OATH token.')}),
		admin('activate-hardware-token', {...user, token: methodIdSchema}),
		admin('set-sign-in-blocked', {...user, blocked: z.boolean()}),
		admin('unblock-mfa', {...user, reason: labelSchema}),
		admin('dismiss-user-risk', user),
		admin('set-app-passwords-allowed', {allowed: z.boolean()}),
		admin('set-trusted-ips', {ranges: z.array(cidrSchema).max(60), skipForFederatedIntranet: z.boolean().optional().describe('Default false.')}),
		admin('set-verification-options', {call: z.boolean(), text: z.boolean(), appNotification: z.boolean(), appCode: z.boolean()}),
		admin('set-remember-mfa', {enabled: z.boolean(), days: z.number().int()}),
		admin('set-security-defaults', {enabled: z.boolean()}),
		admin('set-exchange-modern-auth', {enabled: z.boolean()}),
		admin('set-smtp-auth', {enabled: z.boolean().describe('Set-TransportConfig -SmtpClientAuthenticationDisabled $false (true) or $true (false): SMTP AUTH for the whole organisation.')}),
		admin('set-mailbox-smtp-auth', {
			...user,
			setting: z.enum(mailboxSmtpAuthSettings).describe('Set-CASMailbox -SmtpClientAuthenticationDisabled: enabled = $false, disabled = $true, organization = $null (follow the organisation).'),
		}),
	],
	{error: unknownOption('admin command', 'admin', adminStepTypes)},
);

/** `ask: <user>` + `to: <action>` steps, mirroring UserAction without the fact fields. */
export const askStepSchema = z.discriminatedUnion(
	'to',
	[
		ask('sign-in', {...client, method: defaultMethodSchema.optional()}),
		ask('complete-registration', {method: registrationMethodSchema}),
		ask('create-app-password', {name: labelSchema}),
		ask('use-app-password-in-client', {...client, appPassword: labelSchema.describe('Name of the app password.')}),
		ask('clear-saved-credentials', client),
		ask('delete-app-password', {appPassword: labelSchema}),
		ask('set-phone-automatic-time', {}),
		ask('allow-authenticator-notifications', {}),
		ask('remove-blocker', {}),
		ask('turn-off-do-not-disturb', {}),
		ask('restore-phone-signal', {}),
		ask('press-hash-on-calls', {}),
		ask('check-authenticator-manually', {}),
		ask('re-add-authenticator-account', {}),
		ask('move-authenticator-to-new-phone', {}),
		ask('change-default-method', {method: defaultMethodSchema}),
		ask('update-phone-number', {}),
		ask('activate-hardware-token', {token: methodIdSchema}),
		ask('restore-mfa-on-trusted-devices', {}),
		ask('set-outlook-registry', {...client, registry: outlookRegistrySchema}),
		ask('upgrade-outlook', {...client, version: outlookVersionSchema}),
		ask('re-add-ios-mail-account', {...client, setup: iosMailSetupSchema}),
		ask('move-to-network', {network: networkIdSchema}),
		ask('change-password', {}),
	],
	{error: unknownOption('user action', 'to', askStepTypes)},
);

/** `wait: 5m` moves the simulated clock; `wait: next-day` goes to 09:00 the next day. */
export const waitStepSchema = strict({wait: durationSchema, ...note});

/** `escalate: <role or tier-2>` hands the ticket on when the trainee's role may not do the task; `reason:` is the handover. */
export const escalateStepSchema = strict({escalate: escalationTargetSchema, reason: textSchema.describe('The handover: what you found and what the next line should do.'), ...note});

/** `check: <goal predicate>` asserts something mid-script (a verification on a copy, like the goal). */
export const checkStepSchema = strict({check: goalSchema, ...note});

const stepKeys = ['admin', 'ask', 'wait', 'check', 'escalate'];

function stepMessage(input: unknown): string {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return 'expected a step: a map with admin:, ask: (and to:), wait:, check: or escalate:';
	}

	const present = stepKeys.filter((key) => Object.hasOwn(input, key));
	if (present.length > 1) {
		return `a step has exactly one of admin, ask, wait, check, escalate; found ${present.join(', ')}`;
	}

	if (present[0] === 'ask') {
		return `an ask step needs "to": what the user should do, one of ${askStepTypes.join(', ')}`;
	}

	if (present[0] === 'escalate') {
		return `an escalate step needs a role or tier-2 and a reason: {escalate: privileged-authentication-administrator, reason: ...}`;
	}

	const first = Object.keys(input)[0] ?? '';
	const close = closestMatch(first, stepKeys);
	return close === undefined
		? `unknown step "${first}": expected a map with admin:, ask: (and to:), wait:, check: or escalate:`
		: `unknown step "${first}"; did you mean "${close}"?`;
}

/** One scripted step of a solution, a wrong remedy, or a trainee transcript. */
export const stepSchema = z.union([adminStepSchema, askStepSchema, waitStepSchema, checkStepSchema, escalateStepSchema], {error: (issue) => stepMessage(issue.input)});

/** A validated step. */
export type Step = z.output<typeof stepSchema>;
/** An `admin:` step. */
export type AdminStep = z.output<typeof adminStepSchema>;
/** An `ask:` step. */
export type AskStep = z.output<typeof askStepSchema>;
/** An `escalate:` step. */
export type EscalateStep = z.output<typeof escalateStepSchema>;
