import {describe, expect, it} from 'vitest';
import {inkKey} from '../../helpers/ink-harness.js';
import {defaultServiceSettings} from '../../../source/domain/tenant/service-settings.js';
import {applyTextKey} from '../../../source/ui/components/text-field.js';
import {fitList, listReducer, type ListBounds} from '../../../source/ui/components/use-list-state.js';
import {windowEnd, windowStart, wrappedLineCount} from '../../../source/ui/components/wrap-window.js';
import {rolesBadge} from '../../../source/ui/admin/format.js';
import {methodRows} from '../../../source/ui/admin/method-rows.js';
import {diagnosticSummary, filterSignIns} from '../../../source/ui/admin/sign-in-log-model.js';
import {draftOf, fieldsOf, settingsFormReducer, settingsIntents, type SettingsFormState} from '../../../source/ui/admin/use-service-settings-form.js';
import {filterUsers} from '../../../source/ui/admin/user-list-model.js';
import type {SignInLogEntry} from '../../../source/domain/state/logs.js';
import {hardwareToken} from '../../helpers/admin-helpers.js';
import {authenticatorSecret, buildUser, registeredMethods} from '../../helpers/build-state.js';

const noKey = inkKey();

describe('list state', () => {
	const bounds: ListBounds = {count: 10_000, height: 20};
	const run = (...types: Array<'move-up' | 'move-down' | 'page-up' | 'page-down' | 'home' | 'end'>) => types.reduce((state, type) => listReducer(state, {type, bounds}), {cursor: 0, offset: 0});

	it('scrolls as little as possible to keep the cursor visible', () => {
		expect(run(...Array.from({length: 25}, () => 'move-down' as const))).toEqual({cursor: 25, offset: 6});
		expect(run('page-down', 'page-down', 'move-up')).toEqual({cursor: 39, offset: 39});
	});

	it('pages, and stops at both ends', () => {
		expect(run('page-down')).toEqual({cursor: 20, offset: 20});
		expect(run('end')).toEqual({cursor: 9999, offset: 9980});
		expect(run('end', 'move-down')).toEqual({cursor: 9999, offset: 9980});
		expect(run('move-up', 'page-up')).toEqual({cursor: 0, offset: 0});
	});

	it('fits a cursor left past the end by a filter that shrank the list', () => {
		expect(fitList({cursor: 500, offset: 490}, {count: 3, height: 20})).toEqual({cursor: 2, offset: 0});
		expect(fitList({cursor: 0, offset: 0}, {count: 0, height: 20})).toEqual({cursor: 0, offset: 0});
	});
});

describe('text keys and wrapping', () => {
	it('appends printable input, drops control characters, and maps Enter/Esc/Backspace', () => {
		expect(applyTextKey('10.0', '.0.0/8', noKey)).toEqual({type: 'change', value: '10.0.0.0/8'});
		expect(applyTextKey('ab', '', {...noKey, backspace: true})).toEqual({type: 'change', value: 'a'});
		expect(applyTextKey('ab', '', {...noKey, delete: true})).toEqual({type: 'change', value: 'a'});
		expect(applyTextKey('ab', '\r', {...noKey, return: true})).toEqual({type: 'submit'});
		expect(applyTextKey('ab', '', {...noKey, escape: true})).toEqual({type: 'cancel'});
		expect(applyTextKey('ab', 'c\u0007', noKey)).toEqual({type: 'change', value: 'abc'});
		expect(applyTextKey('ab', '', {...noKey, upArrow: true})).toEqual({type: 'ignored'});
	});

	it('counts wrapped lines and picks the window that shows the focused row', () => {
		expect(wrappedLineCount('Do not allow users to create app passwords to sign in to non-browser apps', 80)).toBe(1);
		expect(wrappedLineCount('Do not allow users to create app passwords to sign in to non-browser apps', 40)).toBe(2);
		expect(wrappedLineCount('x'.repeat(85), 40)).toBe(3);
		const lines = [1, 2, 1, 2, 1, 1];
		expect(windowStart(lines, 1, 10)).toBe(0);
		expect(windowStart(lines, 5, 4)).toBe(3);
		expect(windowEnd(lines, 3, 4)).toBe(6);
	});
});

describe('service settings form', () => {
	const start: SettingsFormState = {draft: draftOf(defaultServiceSettings), cursor: 0};
	const fieldIndex = (state: SettingsFormState, kind: string) => fieldsOf(state.draft).findIndex((field) => field.kind === kind);

	it('adds a range through the edit, and saves only the changed sections in page order', () => {
		let state = {...start, cursor: fieldIndex(start, 'add-range')};
		state = settingsFormReducer(state, {type: 'activate'});
		state = settingsFormReducer(state, {type: 'edit-text', edit: () => ' 203.0.113.0/24 '});
		state = settingsFormReducer(state, {type: 'commit-edit'});
		state = settingsFormReducer({...state, cursor: 0}, {type: 'activate'});
		expect(state.draft.ranges).toEqual(['203.0.113.0/24']);
		expect(settingsIntents(state.draft, defaultServiceSettings)).toEqual([
			{type: 'set-app-passwords-allowed', allowed: true},
			{type: 'set-trusted-ips', ranges: ['203.0.113.0/24'], skipForFederatedIntranet: false},
		]);
	});

	it('removes a range, and clearing an edited range removes it too', () => {
		const two = {draft: {...start.draft, ranges: ['203.0.113.0/24', '198.51.100.0/24']}, cursor: 3};
		expect(settingsFormReducer(two, {type: 'remove-range'}).draft.ranges).toEqual(['198.51.100.0/24']);
		const editing = settingsFormReducer(settingsFormReducer(two, {type: 'activate'}), {type: 'edit-text', edit: () => ''});
		expect(settingsFormReducer(editing, {type: 'commit-edit'}).draft.ranges).toEqual(['198.51.100.0/24']);
		expect(settingsIntents(two.draft, defaultServiceSettings)).toHaveLength(1);
	});

	it('sends the days as a number and leaves validation to the domain', () => {
		const draft = {...start.draft, rememberEnabled: true, days: ''};
		expect(settingsIntents(draft, defaultServiceSettings)).toEqual([{type: 'set-remember-mfa', enabled: true, days: 0}]);
	});
});

describe('view models', () => {
	it('method rows never carry a secret', () => {
		const rows = methodRows(registeredMethods({hardwareTokens: [hardwareToken()]}));
		expect(JSON.stringify(rows)).not.toContain(authenticatorSecret);
		expect(JSON.stringify(rows)).not.toContain(hardwareToken().secret);
		expect(rows.map((row) => row.method)).toEqual(['Authentication phone', 'Microsoft Authenticator', 'Hardware OATH token']);
	});

	it('filters users by name or UPN and MFA status, and badges roles', () => {
		const users = [buildUser({id: 'priya', displayName: 'Priya Patel', perUserMfa: 'enforced'}), buildUser({id: 'sam', displayName: 'Sam Lee'})];
		expect(filterUsers(users, 'PATEL', 'any').map((user) => user.id)).toEqual(['priya']);
		expect(filterUsers(users, 'sam@', 'any').map((user) => user.id)).toEqual(['sam']);
		expect(filterUsers(users, '', 'disabled').map((user) => user.id)).toEqual(['sam']);
		expect(rolesBadge(['authentication-policy-administrator', 'reports-reader'])).toBe('APA+1');
		expect(rolesBadge([])).toBe('');
	});

	it('lists sign-ins newest first and explains a failure from its first failing step', () => {
		const base: SignInLogEntry = {
			requestId: 'r1',
			correlationId: 'c1',
			at: 1,
			upn: 'priya@contoso.com',
			clientId: 'browser',
			application: 'OfficeHome',
			clientApp: 'Browser',
			ipAddress: '198.51.100.7',
			location: 'Redmond, US',
			status: 'Failure',
			errorCode: 50_126,
			failureReason: 'Invalid username or password.',
			authenticationRequirement: 'singleFactorAuthentication',
			requirementPolicies: [],
			conditionalAccess: 'Not Applied',
			trace: [
				{step: 'user', verdict: 'pass', detail: 'Found priya.', source: '6.1 step 1'},
				{step: 'credential', verdict: 'fail', detail: 'Password wrong.', source: '6.1 step 2'},
				{step: 'result', verdict: 'fail', detail: 'Failure.', source: '6.2'},
			],
		};
		const later = {...base, requestId: 'r2', at: 2, status: 'Success' as const, errorCode: 0, mfaResultDetail: 'MFA successfully completed'};
		expect(filterSignIns([base, later], {status: 'All', clientApp: 'All', user: ''}).map((entry) => entry.requestId)).toEqual(['r2', 'r1']);
		expect(diagnosticSummary(base)).toBe('Why: Password wrong. (AADSTS50126: Invalid username or password.)');
		expect(diagnosticSummary(later)).toContain('MFA successfully completed');
	});
});
