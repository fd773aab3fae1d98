import type {SimState} from '../../domain/state/sim-state.js';
import type {SettingExpectation} from '../schema/goal-schema.js';
import type {GradeCheck} from './grade-check.js';
import {countMatches, countText} from './state-checks.js';

type Comparison = {readonly name: string; readonly expected: string; readonly actual: string; readonly passed: boolean};

const onOff = (value: boolean): string => (value ? 'on' : 'off');

function flag(name: string, wanted: boolean | undefined, actual: boolean): Comparison | undefined {
	return wanted === undefined ? undefined : {name, expected: onOff(wanted), actual: onOff(actual), passed: wanted === actual};
}

/** Each named setting compared with the tenant, in the order the admin center shows them. */
function comparisons(state: SimState, wanted: SettingExpectation): Comparison[] {
	const {settings, exchange} = state.tenant;
	const options = wanted.verificationOptions ?? {};
	const days = wanted.rememberMfaDays;
	return [
		flag('App passwords allowed', wanted.appPasswordsAllowed, settings.appPasswordsAllowed),
		flag('Skip MFA for federated users on the intranet', wanted.skipForFederatedIntranet, settings.skipForFederatedIntranet),
		flag('Security defaults', wanted.securityDefaults, state.tenant.securityDefaults),
		flag('Exchange Online modern authentication', wanted.exchangeModernAuth, exchange.modernAuthEnabled),
		flag('SMTP AUTH for the organisation', wanted.smtpBasicAuth, exchange.smtpBasicAuthEnabled),
		flag('Remember MFA on trusted devices', wanted.rememberMfaEnabled, settings.rememberMfa.enabled),
		days === undefined
			? undefined
			: {name: 'Remember MFA days', expected: countText(days), actual: String(settings.rememberMfa.days), passed: countMatches(settings.rememberMfa.days, days)},
		flag('Verification option: call to phone', options.call, settings.verificationOptions.call),
		flag('Verification option: text message to phone', options.text, settings.verificationOptions.text),
		flag('Verification option: notification through mobile app', options.appNotification, settings.verificationOptions.appNotification),
		flag('Verification option: code from mobile app or hardware token', options.appCode, settings.verificationOptions.appCode),
	].filter((each): each is Comparison => each !== undefined);
}

/** `setting`: every named tenant setting must have the wanted value. */
export function settingCheck(state: SimState, wanted: SettingExpectation): GradeCheck {
	const compared = comparisons(state, wanted);
	const expected = compared.map((each) => `${each.name}: ${each.expected}`).join('; ');
	const actual = compared.map((each) => `${each.name}: ${each.actual}`).join('; ');
	const wrong = compared.filter((each) => !each.passed);
	const passed = wrong.length === 0;
	return {
		label: wanted.label ?? `Tenant settings: ${compared.map((each) => each.name).join(', ')}`,
		expected: expected || 'no setting named',
		actual: actual || 'nothing compared',
		passed,
		explanation: passed
			? 'The tenant settings are as wanted.'
			: `${wrong.map((each) => `${each.name} is ${each.actual}, wanted ${each.expected}`).join('; ')}.`,
	};
}
