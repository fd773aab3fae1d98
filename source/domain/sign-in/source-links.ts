import {citedSources, type SourceId} from './fact-sheet-citations.js';

/**
 * Trace steps cite our fact sheet (`source: '3.3, 6.3'`), which trainees don't have. This table turns those
 * citations into the Microsoft pages behind them, so the Sign-in diagnostic can show "Learn more" links
 * instead: section -> the fact sheet's [Sn] keys (fact-sheet-citations.ts) -> URL. Only Microsoft-published
 * pages whose URL the fact sheet's Sources table gives are listed; historical pages, GitHub copies without a
 * public URL, the AI-generated Q&A answer (S60) and third-party material are left out, so a citation of those
 * alone yields no link. S5 is a newer revision of S4's page, so the two share a URL.
 */
export type SourceLink = {
	readonly id: SourceId;
	readonly title: string;
	readonly url: string;
};

const learn = 'https://learn.microsoft.com';

/** The Microsoft pages of the fact sheet's Sources table. Scheme-less hosts there (S20, S23) get https. */
export const microsoftSources: Readonly<Partial<Record<SourceId, Omit<SourceLink, 'id'>>>> = {
	S1: {title: 'Enable per-user Microsoft Entra multifactor authentication', url: `${learn}/entra/identity/authentication/howto-mfa-userstates`},
	S2: {title: 'strongAuthenticationRequirements resource type (Graph beta)', url: `${learn}/graph/api/resources/strongauthenticationrequirements`},
	S3: {title: 'Enforce Microsoft Entra MFA with legacy applications using app passwords', url: `${learn}/entra/identity/authentication/howto-mfa-app-passwords`},
	S4: {title: 'Configure Microsoft Entra multifactor authentication settings', url: `${learn}/entra/identity/authentication/howto-mfa-mfasettings`},
	S5: {title: 'Configure Microsoft Entra multifactor authentication settings', url: `${learn}/entra/identity/authentication/howto-mfa-mfasettings`},
	S6: {title: 'Manage user authentication methods for Microsoft Entra MFA', url: `${learn}/entra/identity/authentication/howto-mfa-userdevicesettings`},
	S9: {title: 'Least privileged roles by task in Microsoft Entra ID', url: `${learn}/entra/identity/role-based-access-control/delegate-by-task`},
	S11: {title: 'Microsoft Entra built-in roles', url: `${learn}/entra/identity/role-based-access-control/permissions-reference`},
	S12: {title: 'Privileged roles and permissions in Microsoft Entra ID', url: `${learn}/entra/identity/role-based-access-control/privileged-roles-permissions`},
	S13: {title: 'Microsoft Entra authentication and authorization error codes', url: `${learn}/entra/identity-platform/reference-error-codes`},
	S14: {title: 'Use the sign-in logs to review Microsoft Entra MFA events', url: `${learn}/entra/identity/authentication/howto-mfa-reporting`},
	S15: {title: 'Block legacy authentication with Conditional Access', url: `${learn}/entra/identity/conditional-access/block-legacy-authentication`},
	S16: {title: 'Learn about the sign-in log activity details', url: `${learn}/entra/identity/monitoring-health/concept-sign-in-log-activity-details`},
	S17: {title: 'How to customize and filter identity activity logs', url: `${learn}/entra/identity/monitoring-health/howto-customize-filter-logs`},
	S18: {title: 'Azure Monitor Logs reference: SigninLogs', url: `${learn}/azure/azure-monitor/reference/tables/signinlogs`},
	S19: {title: 'signIn resource type (Graph)', url: `${learn}/graph/api/resources/signin`},
	S20: {
		title: 'Common problems with two-step verification for a work or school account',
		url: 'https://support.microsoft.com/account-billing/common-problems-with-two-step-verification-for-a-work-or-school-account-63acbb9b-16a1-47b9-8619-6a865e8071a5',
	},
	S23: {title: 'Enable modern authentication for Office 2013 on Windows devices', url: `${learn}/microsoft-365/admin/security-and-compliance/enable-modern-authentication`},
	S24: {title: 'How modern authentication works for Office client apps', url: `${learn}/microsoft-365/enterprise/modern-auth-for-office-2013-and-2016`},
	S25: {title: 'Deprecation of Basic authentication in Exchange Online', url: `${learn}/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online`},
	S26: {
		title: 'Updated Exchange Online SMTP AUTH Basic Authentication deprecation timeline',
		url: 'https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835',
	},
	S27: {
		title: 'Exchange Online to retire Basic auth for Client Submission (SMTP AUTH)',
		url: 'https://techcommunity.microsoft.com/blog/exchange/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth/4114750',
	},
	S28: {title: 'Reauthentication prompts and session lifetime for Microsoft Entra MFA', url: `${learn}/entra/identity/authentication/concepts-azure-multi-factor-authentication-prompts-session-lifetime`},
	S35: {title: 'Microsoft Entra multifactor authentication FAQ', url: `${learn}/entra/identity/authentication/multi-factor-authentication-faq`},
	S37: {title: 'Authentication methods: OATH tokens', url: `${learn}/entra/identity/authentication/concept-authentication-oath-tokens`},
	S38: {title: 'Authentication methods: phone options', url: `${learn}/entra/identity/authentication/concept-authentication-phone-options`},
	S39: {title: 'Telephony fraud protections and regional opt-in', url: `${learn}/entra/identity/authentication/concept-mfa-regional-opt-in`},
	S40: {title: 'Authentication methods: Microsoft Authenticator', url: `${learn}/entra/identity/authentication/concept-authentication-authenticator-app`},
	S41: {title: 'Security defaults in Microsoft Entra ID', url: `${learn}/entra/fundamentals/security-defaults`},
	S42: {title: 'Features and licenses for Microsoft Entra MFA', url: `${learn}/entra/identity/authentication/concept-mfa-licensing`},
	S43: {title: 'Manage authentication methods for Microsoft Entra ID', url: `${learn}/entra/identity/authentication/concept-authentication-methods-manage`},
	S44: {title: 'Migrate MFA and SSPR policy settings to the Authentication methods policy', url: `${learn}/entra/identity/authentication/how-to-authentication-methods-manage`},
	S45: {title: 'Planning for mandatory multifactor authentication', url: `${learn}/entra/identity/authentication/concept-mandatory-multifactor-authentication`},
	S53: {title: 'How number matching works in MFA push notifications', url: `${learn}/entra/identity/authentication/how-to-mfa-number-match`},
	S55: {title: 'Microsoft Entra smart lockout', url: `${learn}/entra/identity/authentication/howto-password-smart-lockout`},
	S56: {title: 'Azure AD and MSOnline PowerShell deprecation', url: `${learn}/powershell/azure/active-directory/overview`},
	S57: {title: 'Microsoft Entra audit log activities', url: `${learn}/entra/identity/monitoring-health/reference-audit-activities`},
};

/** The references of a trace step's `source`: `'3.3, 6.3'` -> `['3.3', '6.3']`, dropping an `(inferred)` note. */
export function referencesOf(source: string): readonly string[] {
	return source
		.split(',')
		.map((each) => each.replace(/\(inferred\)/, '').trim())
		.filter((each) => each.length > 0);
}

/** Whether a reference is narrower than a section (a source key, a step of 6.1, an AADSTS row of 6.2, a ticket of 9). */
function isSpecific(reference: string): boolean {
	return /^S\d+$/.test(reference) || / (step|AADSTS|ticket) ?\d+$/.test(reference);
}

/**
 * The Microsoft pages behind a trace step's `source`, without repeats: the narrow references' pages first
 * (a source key, a step, a code, a ticket, in the order the citation gives them), then the sections', each in
 * the fact sheet's citation order, so a UI that shows only the first one or two shows the most specific.
 */
export function sourceLinks(source: string): readonly SourceLink[] {
	const references = referencesOf(source);
	const ordered = [...references.filter((each) => isSpecific(each)), ...references.filter((each) => !isSpecific(each))];
	const seen = new Set<string>();
	const links: SourceLink[] = [];
	for (const reference of ordered) {
		for (const id of citedSources(reference) ?? []) {
			const page = microsoftSources[id];
			if (page !== undefined && !seen.has(page.url)) {
				seen.add(page.url);
				links.push({id, ...page});
			}
		}
	}

	return links;
}
