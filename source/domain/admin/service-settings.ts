import {eraAt, legacyMethodsManageable} from '../common/era.js';
import {reject, type Rejection} from '../common/rejection.js';
import {recordAudit, type AuditRecord} from '../state/audit.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import {rememberMfaDaysRange, type MfaServiceSettings, type VerificationOptions} from '../tenant/service-settings.js';
import type {Tenant} from '../tenant/tenant.js';
import {authoriseTenantTask, isRejection} from './command-support.js';
import {validateTrustedIpRanges} from './cidr.js';

/** Audit activity names for tenant-wide settings. None is named in the fact sheet. */
export const settingsActivities = {
	// invented activity name
	mfaServiceSettings: 'Update multifactor authentication service settings',
	// invented activity name
	securityDefaults: 'Update security defaults',
} as const;

const verificationOptionLabels: Readonly<Record<keyof VerificationOptions, string>> = {
	call: 'Call to phone',
	text: 'Text message to phone',
	appNotification: 'Notification through mobile app',
	appCode: 'Verification code from mobile app or hardware token',
};

function onOff(value: boolean): string {
	return value ? 'On' : 'Off';
}

/** Applies a tenant change (already authorised and validated) with one audit row; no change writes nothing. */
function applyTenantChange(state: SimState, tenant: Tenant, changed: boolean, audit: AuditRecord): Applied<SimState> {
	if (!changed) {
		return {ok: true, state, events: []};
	}

	const {state: next, event} = recordAudit({...state, tenant}, audit);
	return {ok: true, state: next, events: [event]};
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((value, index) => value === b[index]);
}

function withSettings(state: SimState, settings: Partial<MfaServiceSettings>): Tenant {
	return {...state.tenant, settings: {...state.tenant.settings, ...settings}};
}

function settingsAudit(setting: string, oldValue: string, newValue: string): AuditRecord {
	return {service: 'MFA', category: 'Policy', activity: settingsActivities.mfaServiceSettings, details: {setting, oldValue, newValue}};
}

/**
 * Service settings: allow or disallow app passwords (fact sheet 8.2). Turning it off leaves existing app
 * passwords in place and working; users just can't manage them any more (4.3 step 8).
 */
export function setAppPasswordsAllowed(state: SimState, allowed: boolean): Applied<SimState> | Rejection {
	const refused = authoriseTenantTask(state, 'mfa-service-settings');
	if (refused !== undefined) {
		return refused;
	}

	const old = state.tenant.settings.appPasswordsAllowed;
	const label = (value: boolean) => (value ? 'Allow users to create app passwords' : 'Do not allow users to create app passwords');
	return applyTenantChange(state, withSettings(state, {appPasswordsAllowed: allowed}), old !== allowed, settingsAudit('App passwords', label(old), label(allowed)));
}

/**
 * Service settings: trusted IPs (fact sheet 8.3). Needs Entra ID P1 or P2 (`license/required`), except to
 * clear them; ranges must be public IPv4 CIDR, at most 50 (see cidr.ts). Blank and duplicate entries are dropped.
 */
export function setTrustedIps(state: SimState, ranges: readonly string[], skipForFederatedIntranet: boolean): Applied<SimState> | Rejection {
	const refused = authoriseTenantTask(state, 'trusted-ips');
	if (refused !== undefined) {
		return refused;
	}

	const {license} = state.tenant;
	const clearing = ranges.every((range) => range.trim().length === 0) && !skipForFederatedIntranet;
	if (!clearing && license !== 'p1' && license !== 'p2') {
		return reject('license/required', `Trusted IPs need Microsoft Entra ID P1 or P2; ${state.tenant.name} is licensed for ${license === 'free' ? 'Entra ID Free' : 'Office 365'} only.`);
	}

	const cleaned = validateTrustedIpRanges(ranges);
	if (isRejection(cleaned)) {
		return cleaned;
	}

	const old = state.tenant.settings;
	const changed = !sameList(old.trustedIpRanges, cleaned) || old.skipForFederatedIntranet !== skipForFederatedIntranet;
	return applyTenantChange(
		state,
		withSettings(state, {trustedIpRanges: cleaned, skipForFederatedIntranet}),
		changed,
		{
			service: 'MFA',
			category: 'Policy',
			activity: settingsActivities.mfaServiceSettings,
			details: {
				setting: 'Trusted IPs',
				oldValue: old.trustedIpRanges.join(', ') || 'None',
				newValue: cleaned.join(', ') || 'None',
				skipForFederatedIntranet: onOff(skipForFederatedIntranet),
			},
		},
	);
}

/**
 * Service settings: the four verification options (fact sheet 8.4). At least one must stay on
 * (`settings/no-verification-option`). From 30 Sep 2025 they can't be changed here any more (`era/not-available`,
 * fact sheet 8.4, 10); saving them unchanged is still accepted and writes nothing. A user whose default method is switched off must pick a new one at
 * registration; the sign-in evaluation handles that, users are not changed here.
 */
export function setVerificationOptions(state: SimState, options: VerificationOptions): Applied<SimState> | Rejection {
	const refused = authoriseTenantTask(state, 'mfa-service-settings');
	if (refused !== undefined) {
		return refused;
	}

	const keys = Object.keys(verificationOptionLabels) as Array<keyof VerificationOptions>;
	if (!keys.some((key) => options[key])) {
		return reject('settings/no-verification-option', 'At least one verification option must stay available to users, or nobody could complete MFA.');
	}

	const describe = (value: VerificationOptions) => keys.filter((key) => value[key]).map((key) => verificationOptionLabels[key]).join(', ');
	const old = state.tenant.settings.verificationOptions;
	const changed = keys.some((key) => old[key] !== options[key]);
	if (changed && !legacyMethodsManageable(state.now)) {
		return reject(
			'era/not-available',
			'Since 30 September 2025 methods can no longer be managed in the legacy MFA policy, so these verification options are read-only. '
				// Method names of the Authentication methods policy as the fact sheet maps them (8.6).
				+ 'Turn SMS, Voice calls, Microsoft Authenticator or the OATH tokens on or off in Entra ID > Authentication methods > Policies (the Authentication methods policy) instead.',
		);
	}

	return applyTenantChange(state, withSettings(state, {verificationOptions: options}), changed, settingsAudit('Verification options', describe(old), describe(options)));
}

/**
 * Service settings: remember multi-factor authentication on trusted devices (fact sheet 8.5). Days must be a
 * whole number from 1 to the era's maximum (60 before the 2020 change, then 365), checked even when turning
 * it off since the field keeps its value. Existing grants stay; the sign-in evaluation applies the setting.
 */
export function setRememberMfa(state: SimState, enabled: boolean, days: number): Applied<SimState> | Rejection {
	const refused = authoriseTenantTask(state, 'mfa-service-settings');
	if (refused !== undefined) {
		return refused;
	}

	const max = Math.min(eraAt(state.now).rememberMfaMaxDays, rememberMfaDaysRange.max);
	if (!Number.isInteger(days) || days < rememberMfaDaysRange.min || days > max) {
		return reject('settings/remember-days-out-of-range', `${days} is not a valid number of days users can trust devices for: enter a whole number from ${rememberMfaDaysRange.min} to ${max}.`);
	}

	const describe = (value: MfaServiceSettings['rememberMfa']) => (value.enabled ? `On, ${value.days} days` : `Off (${value.days} days)`);
	const old = state.tenant.settings.rememberMfa;
	const changed = old.enabled !== enabled || old.days !== days;
	return applyTenantChange(state, withSettings(state, {rememberMfa: {enabled, days}}), changed, settingsAudit('Remember multi-factor authentication', describe(old), describe({enabled, days})));
}

/** Entra Properties: security defaults on or off (fact sheet 1.1, 7.2). */
export function setSecurityDefaults(state: SimState, enabled: boolean): Applied<SimState> | Rejection {
	const refused = authoriseTenantTask(state, 'security-defaults');
	if (refused !== undefined) {
		return refused;
	}

	return applyTenantChange(state, {...state.tenant, securityDefaults: enabled}, state.tenant.securityDefaults !== enabled, {
		service: 'Core Directory',
		category: 'Policy',
		activity: settingsActivities.securityDefaults,
		details: {oldValue: onOff(state.tenant.securityDefaults), newValue: onOff(enabled)},
	});
}

/**
 * Exchange: `Set-OrganizationConfig -OAuth2ClientProfileEnabled` (fact sheet 1.1). Exchange keeps its own
 * admin audit log, which is not modelled, so this writes no Entra audit row.
 */
export function setExchangeModernAuth(state: SimState, enabled: boolean): Applied<SimState> | Rejection {
	const refused = authoriseTenantTask(state, 'exchange-modern-auth');
	if (refused !== undefined) {
		return refused;
	}

	return {ok: true, state: {...state, tenant: {...state.tenant, exchange: {...state.tenant.exchange, modernAuthEnabled: enabled}}}, events: []};
}
