/**
 * Keys read before React draws again: a fast typist on a busy machine sends each key as its own read,
 * and several can reach the handlers before the next render. Every text field must keep them all,
 * in order (each key edits the latest text, not the text the screen last drew).
 */
import {afterEach, describe, expect, it} from 'vitest';
import {ActiveUsersScreen} from '../../../source/ui/admin/active-users-screen.js';
import {AuditLogScreen} from '../../../source/ui/admin/audit-log-screen.js';
import {MfaPageScreen} from '../../../source/ui/admin/mfa-page-screen.js';
import {SignInLogsScreen} from '../../../source/ui/admin/sign-in-logs-screen.js';
import {UserDetailsScreen} from '../../../source/ui/admin/user-details-screen.js';
import {CommandPalette} from '../../../source/ui/app/command-palette.js';
import {richDisplay} from '../../../source/ui/app/display.js';
import type {PaletteCommand} from '../../../source/ui/app/palette-commands.js';
import {CodeEntry} from '../../../source/ui/user-side/code-entry.js';
import {buildState, buildUser} from '../../helpers/build-state.js';
import {keys, renderApp, type Harness} from '../../helpers/ink-harness.js';
import {priyaState} from '../../helpers/user-helpers.js';
import {renderScreen} from '../admin/admin-fixture.js';

let screen: Harness | undefined;
afterEach(() => {
	screen?.unmount();
	screen = undefined;
});

const state = buildState({users: [buildUser({id: 'priya', displayName: 'Priya Patel', upn: 'priya@contoso.com'})]});

/** Opens the field (each key waiting for the frame it draws), then types `text` as one burst of single-key reads. */
async function burstInto(harness: Harness, open: ReadonlyArray<readonly [key: string, frame: string | RegExp]>, text: string): Promise<void> {
	screen = harness;
	for (const [key, frame] of open) {
		await harness.press(key);
		await harness.waitFor(frame);
	}

	await harness.burst(...text);
}

const commands: readonly PaletteCommand[] = [{label: 'Undo the last action', group: 'Session', action: {kind: 'undo'}}];

type Field = readonly [name: string, start: () => Promise<Harness>, open: ReadonlyArray<readonly [string, string | RegExp]>, text: string, typed: string | RegExp];

const fields: readonly Field[] = [
	['the Active users search', async () => renderScreen(<ActiveUsersScreen isActive />, state), [['/', 'Search: █']], 'priya patel', 'Search: priya patel█'],
	['the sign-in log user filter', async () => renderScreen(<SignInLogsScreen isActive />, state), [['/', 'User: █']], 'priya patel', 'User: priya patel█'],
	['the audit log activity filter', async () => renderScreen(<AuditLogScreen isActive />, state), [['/', 'Activity: █']], 'per-user', 'Activity: per-user█'],
	[
		'a trusted IP range on the MFA service settings',
		async () => renderScreen(<MfaPageScreen isActive />, state),
		[
			[keys.right, '[service settings]'],
			[keys.down, /›\s+\(.\) Do not allow/],
			[keys.down, /›\s+\[.\] Skip multi-factor authentication for requests from federated/],
			[keys.down, /›\s+\+ add a range/],
			[keys.enter, '█'],
		],
		'10.0.0.0/8',
		'10.0.0.0/8█',
	],
	['the phone number of a new method', async () => renderScreen(<UserDetailsScreen isActive userId="priya" />, state), [[keys.right, '[Authentication methods]'], ['a', 'Phone number: █']], '+1 4255551234', 'Phone number: +1 4255551234█'],
	['the command palette', async () => renderApp(<CommandPalette commands={commands} display={richDisplay} width={80} height={10} onRun={() => undefined} onClose={() => undefined} />), [], 'undo last', /› undo last\s/],
	[
		'a code from the trainee\'s own authenticator',
		async () => renderApp(<CodeEntry state={priyaState()} userId="priya" onSubmit={() => undefined} onCancel={() => undefined} display={richDisplay} width={80} />),
		[],
		'123 456',
		'Code: 123 456█',
	],
];

describe('a burst of keys read before the next render', () => {
	it.each(fields)('keeps every key typed into %s', async (_name, start, open, text, typed) => {
		await burstInto(await start(), open, text);
		const frame = await screen!.waitFor(typed);
		expect(frame).toMatch(typed);
	});
});
