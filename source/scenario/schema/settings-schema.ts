import {z} from 'zod';
import {cidrSchema, strict, userIdSchema} from './primitives.js';

/** The four verification options; in a patch, the ones left out keep their value. */
export const verificationOptionsSchema = strict({
	call: z.boolean().optional(),
	text: z.boolean().optional(),
	appNotification: z.boolean().optional(),
	appCode: z.boolean().optional(),
});

/**
 * Legacy MFA service settings (fact sheet 8). Every field is optional: a fixture starts from a fresh tenant's
 * defaults and a scenario patch changes only what it names. CIDR ranges and remember-MFA days are checked
 * after the schema with specific messages.
 */
export const serviceSettingsSchema = strict({
	appPasswordsAllowed: z.boolean().optional(),
	skipForFederatedIntranet: z.boolean().optional(),
	trustedIpRanges: z.array(cidrSchema).optional().describe('Public IPv4 CIDR ranges, at most 50.'),
	verificationOptions: verificationOptionsSchema.optional(),
	rememberMfa: strict({enabled: z.boolean().optional(), days: z.number().int().optional().describe('1 to 365 (60 before 2020).')}).optional(),
});

/** Exchange Online organisation settings. */
export const exchangeSettingsSchema = strict({
	modernAuthEnabled: z.boolean().optional().describe('OAuth2ClientProfileEnabled; default: on for tenants created from 1 Aug 2017.'),
	smtpBasicAuthEnabled: z
		.boolean()
		.optional()
		.describe('SMTP AUTH for the organisation (Set-TransportConfig -SmtpClientAuthenticationDisabled, negated); default: on until the end of 2026, then off.'),
	smtpAuthMailboxes: z
		.record(userIdSchema, z.enum(['enabled', 'disabled']))
		.optional()
		.describe("Mailboxes with their own SMTP AUTH setting (Set-CASMailbox -SmtpClientAuthenticationDisabled $false / $true); it wins over the organisation's."),
});

/** Service settings as written (all optional). */
export type ServiceSettingsInput = z.output<typeof serviceSettingsSchema>;
