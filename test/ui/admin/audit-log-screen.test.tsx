import {describe, expect, it} from 'vitest';
import type {AuditLogEntry} from '../../../source/domain/state/logs.js';
import {richDisplay} from '../../../source/ui/app/display.js';
import {AuditLogScreen, auditLogKeyHints, detailsText, filterAudit} from '../../../source/ui/admin/audit-log-screen.js';
import {MfaPageScreen} from '../../../source/ui/admin/mfa-page-screen.js';
import {buildState, buildUser, instant} from '../../helpers/build-state.js';
import {keys} from '../../helpers/ink-harness.js';
import {inSession, renderScreen, renderText, widestLine} from './admin-fixture.js';

function entry(id: string, activity: string, at: string, details: Record<string, string> = {}): AuditLogEntry {
	return {id, at: instant(at), service: 'Authentication Methods', category: 'UserManagement', activity, initiatedBy: 'admin@contoso.com', targetUpn: 'priya@contoso.com', result: 'success', details};
}

const log = [
	entry('audit-0001', 'Update per-user multifactor authentication state', '2024-03-12T09:02:00Z', {oldState: 'Disabled', newState: 'Enabled'}),
	entry('audit-0002', 'Reset password', '2024-03-12T09:04:00Z', {mustChangePasswordAtNextSignIn: 'true'}),
];

describe('Audit log screen', () => {
	it('lists entries newest first with date, service, category, activity, initiator, target and details', async () => {
		const state = {...buildState({users: [buildUser({id: 'priya'})]}), auditLog: log};
		const screen = await renderScreen(<AuditLogScreen isActive />, state);
		const frame = await screen.waitFor('Audit logs');
		const rows = frame.split('\n').filter((line) => /^. 2024-03-12 09:0/.test(line));
		expect(rows[0]).toMatch(/^› 2024-03-12 09:04\s+Authentica.*\s+UserManagement\s+Reset password\s+admin@.*priya@/);
		expect(frame).toContain('2024-03-12 09:04:00 Reset password');
		expect(frame).toContain('Service: Authentication Methods Category: UserManagement');
		expect(frame).toContain('Initiated by: admin@contoso.com Target: priya@contoso.com');
		expect(rows[1]).toContain('Update per-user');
		expect(frame).toContain('Details: mustChangePasswordAtNextSignIn: true');

		await screen.press(keys.down);
		await screen.waitFor('Details: oldState: Disabled · newState: Enabled');
		screen.unmount();
	});

	it('filters by activity text', async () => {
		const state = {...buildState({users: [buildUser({id: 'priya'})]}), auditLog: log};
		const screen = await renderScreen(<AuditLogScreen isActive />, state);
		await screen.waitFor('2 of 2 entries');
		await screen.press('/');
		await screen.type('per-user');
		let frame = await screen.waitFor('1 of 2 entries');
		expect(frame).not.toContain('Reset password');
		await screen.press(keys.escape);
		frame = await screen.waitFor('2 of 2 entries');
		expect(frame).toContain('Reset password');
		screen.unmount();
	});

	it('shows the row an admin action just wrote', async () => {
		// The MFA page and the audit log share one session, as in the shell.
		const screen = await renderScreen(
			<>
				<MfaPageScreen isActive height={12} />
				<AuditLogScreen isActive={false} height={10} />
			</>,
			buildState({users: [buildUser({id: 'priya', displayName: 'Priya Patel'})]}),
		);
		await screen.waitFor('Priya Patel');
		await screen.press(keys.down, 'e', keys.enter);
		const frame = await screen.waitFor('Update per-user multifactor authentication state');
		expect(frame).toContain('Details: oldState: Disabled · newState: Enabled');
		screen.unmount();
	});

	it('is pure in its helpers and fits 80 columns', () => {
		expect(filterAudit(log, 'RESET').map((each) => each.id)).toEqual(['audit-0002']);
		expect(detailsText(entry('x', 'y', '2024-01-01T00:00:00Z'), richDisplay)).toBe('None');
		expect(detailsText(entry('x', 'y', '2024-01-01T00:00:00Z', {oldState: 'Disabled', newState: 'Enabled'}), {color: false, unicode: false})).toBe('oldState: Disabled - newState: Enabled');
		const frame = renderText(inSession(<AuditLogScreen isActive={false} height={18} />, {...buildState(), auditLog: log}).tree);
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
		// 80 columns keep date, activity and target; the lines under the table give the rest, a line each.
		expect(frame).toMatch(/Date \(UTC\)\s+Activity\s+Target/);
		expect(frame).toContain('2024-03-12 09:04:00 · Authentication Methods · UserManagement');
		expect(frame).toContain('Initiated by: admin@contoso.com\n');
		expect(auditLogKeyHints.map((hint) => hint.keys)).toContain('/');
	});

	it('gives the initiator and the target a whole line each in the 56 columns of the pane at 80x24', () => {
		const long = {...entry('audit-0003', 'Create application password for user', '2024-03-12T09:06:00Z'), initiatedBy: 'samantha.okafor-longname@contoso.com', targetUpn: 'benedict.carter-longname@contoso.com'};
		const frame = renderText(inSession(<AuditLogScreen isActive={false} height={18} width={56} />, {...buildState(), auditLog: [long]}).tree);
		expect(frame).toContain('Activity: Create application password for user');
		expect(frame).toContain('Initiated by: samantha.okafor-longname@contoso.com');
		expect(frame).toContain('Target: benedict.carter-longname@contoso.com');
		expect(widestLine(frame)).toBeLessThanOrEqual(56);
	});

	it('draws a line above the entries from before the ticket, under what the trainee did since', async () => {
		// Given the scenario's history wrote two entries before the session started at 09:00
		const state = buildState({users: [buildUser({id: 'priya', displayName: 'Priya Patel'})]});
		const history = [entry('audit-h1', 'Reset password', '2024-03-12T08:10:00Z'), entry('audit-h2', 'Update per-user multifactor authentication state', '2024-03-12T08:40:00Z')];
		const screen = await renderScreen(
			<>
				<MfaPageScreen isActive height={12} />
				<AuditLogScreen isActive={false} height={14} />
			</>,
			{...state, now: instant('2024-03-12T09:00:00Z'), auditLog: history},
		);

		// Then the divider comes before the history, at the top while nothing else happened
		let frame = await screen.waitFor('2 of 2 entries');
		const lines = () => frame.split('\n');
		expect(lines().findIndex((line) => line.includes('before the ticket (09:00)'))).toBeLessThan(lines().findIndex((line) => line.includes('03-12 08:40')));

		// When the trainee enables MFA for Priya, their entry lands above the line, the history stays below it
		await screen.press(keys.down, 'e', keys.enter);
		frame = await screen.waitFor('3 of 3 entries');
		const divider = lines().findIndex((line) => line.includes('before the ticket'));
		expect(lines().findIndex((line) => /03-12 09:0\d/.test(line))).toBeLessThan(divider);
		expect(lines().findIndex((line) => line.includes('03-12 08:40'))).toBeGreaterThan(divider);
		screen.unmount();
	});
});
