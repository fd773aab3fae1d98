import {describe, expect, it} from 'vitest';
import type {AdminCommand} from '../../../source/domain/admin/admin-command.js';
import {applyAdminCommand} from '../../../source/domain/admin/apply-admin-command.js';
import type {DomainEvent} from '../../../source/domain/state/events.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';
import {authenticatorSecret, buildPerson, buildState, buildUser, registeredMethods, today} from '../../helpers/build-state.js';
import {appPassword, expectApplied, hardwareToken, rememberedDevice} from '../../helpers/admin-helpers.js';

const temporaryPassword = 'Kex-9921-Temp';
const temporaryHash = '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$temphash';
const softwareSecret = 'KRSXG5CTMVRXEZLU';

function lostPhoneTenant(): SimState {
	return buildState({
		users: [
			buildUser({
				id: 'priya',
				perUserMfa: 'enabled',
				methods: registeredMethods({
					softwareTokens: [{id: 'sw-1', name: 'Authy', secret: softwareSecret, registeredAt: today}],
					hardwareTokens: [hardwareToken()],
				}),
				appPasswords: [appPassword('ap-1', 'Laptop')],
				rememberedDevices: [rememberedDevice('g-1')],
				risk: 'high',
			}),
		],
		people: [buildPerson({userId: 'priya', knownPassword: 'Summer2024!'})],
	});
}

/** A whole helpdesk session: every admin command once. */
const session: readonly AdminCommand[] = [
	{type: 'set-per-user-mfa', userIds: ['priya'], state: 'enforced'},
	{type: 'activate-hardware-token', userId: 'priya', tokenId: 'hw-1', codeAccepted: true},
	{type: 'manage-user-settings', userIds: ['priya'], requireContactMethodsAgain: true, deleteAllAppPasswords: true, restoreMfaOnRememberedDevices: true},
	{type: 'reset-password', userId: 'priya', temporaryPassword, passwordHash: temporaryHash},
	{type: 'revoke-sessions', userId: 'priya'},
	{type: 'revoke-mfa-sessions', userId: 'priya'},
	{type: 'set-phone-method', userId: 'priya', slot: 'alternate', number: '+1 4255550199'},
	{type: 'set-default-method', userId: 'priya', method: 'alternate-call'},
	{type: 'delete-method', userId: 'priya', methodId: 'sw-1'},
	{type: 'require-re-register-mfa', userId: 'priya'},
	{type: 'set-sign-in-blocked', userId: 'priya', blocked: true},
	{type: 'dismiss-user-risk', userId: 'priya'},
	{type: 'set-app-passwords-allowed', allowed: true},
	{type: 'set-trusted-ips', ranges: ['203.0.113.0/24'], skipForFederatedIntranet: false},
	{type: 'set-verification-options', options: {call: true, text: true, appNotification: true, appCode: false}},
	{type: 'set-remember-mfa', enabled: true, days: 30},
	{type: 'set-security-defaults', enabled: true},
	{type: 'set-exchange-modern-auth', enabled: false},
];

function play(state: SimState, commands: readonly AdminCommand[]): {readonly state: SimState; readonly events: readonly DomainEvent[]} {
	let current = state;
	const events: DomainEvent[] = [];
	for (const command of commands) {
		const result = expectApplied(applyAdminCommand(current, command));
		current = result.state;
		events.push(...result.events);
	}

	return {state: current, events};
}

describe('the audit trail of a helpdesk session (fact sheet 1.5)', () => {
	it('names every change with its activity, in order, as the signed-in admin', () => {
		// Given Priya's lost-phone ticket
		// When the admin works through every remedy
		const {state} = play(lostPhoneTenant(), session);

		// Then the audit log reads like the session, with fact-sheet names where they exist
		expect(state.auditLog.map((row) => row.activity)).toEqual([
			'Update per-user multifactor authentication state',
			'Admin updated security info',
			'Require user to provide contact methods again',
			'Delete application password for user',
			'Restore multifactor authentication on all remembered devices',
			'Reset password',
			'Invalidate all refresh tokens for user',
			'Revoke multifactor authentication sessions',
			'Admin registered security info',
			'Admin updated security info',
			'Admin deleted security info',
			'Require re-register multifactor authentication',
			'Disable account',
			'Dismiss user risk',
			'Update multifactor authentication service settings',
			'Update multifactor authentication service settings',
			'Update multifactor authentication service settings',
			'Update multifactor authentication service settings',
			'Update security defaults',
		]);
		expect(new Set(state.auditLog.map((row) => row.initiatedBy))).toEqual(new Set(['admin@contoso.com']));
		expect(new Set(state.auditLog.map((row) => row.at))).toEqual(new Set([today]));
		expect(new Set(state.auditLog.map((row) => row.id)).size).toBe(state.auditLog.length);
	});

	it('never writes a password, hash, lookup tag or TOTP secret into the audit log or events', () => {
		// Given a tenant full of secrets
		const initial = lostPhoneTenant();
		const priya = initial.tenant.users['priya']!;
		const secrets = [
			temporaryPassword,
			temporaryHash,
			'Summer2024!',
			priya.passwordHash,
			...priya.appPasswords.flatMap((each) => [each.hash, each.lookupTag]),
			authenticatorSecret,
			softwareSecret,
			hardwareToken().secret,
		];

		// When the whole session runs
		const {state, events} = play(initial, session);

		// Then none of them shows up in what the trainee can read as logs
		const written = JSON.stringify({auditLog: state.auditLog, events});
		for (const secret of secrets) {
			expect(written, `leaked ${secret}`).not.toContain(secret);
		}
	});

	it('returns one audit-recorded event per audit row', () => {
		// Given Priya's tenant
		// When the session runs
		const {state, events} = play(lostPhoneTenant(), session);

		// Then the events announce exactly the audit rows
		expect(events.map((event) => (event.type === 'audit-recorded' ? event.entry : undefined))).toEqual(state.auditLog);
	});
});
