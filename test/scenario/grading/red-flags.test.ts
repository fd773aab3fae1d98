import {describe, expect, test} from 'vitest';
import type {AdminCommand} from '../../../source/domain/admin/admin-command.js';
import {startSession, takeTurn, type PlaySession} from '../../../source/domain/session/play-session.js';
import type {SimState} from '../../../source/domain/state/sim-state.js';
import {describeMatcher, matchesAction, stepFieldsOf, type PlayedIntent} from '../../../source/scenario/grading/action-matcher.js';
import {evaluateRedFlags} from '../../../source/scenario/grading/red-flags.js';
import {redFlagSchema, type RedFlag} from '../../../source/scenario/schema/scenario-schema.js';
import {buildState, buildUser} from '../../helpers/build-state.js';

const priya = buildUser({id: 'priya', perUserMfa: 'enforced', appPasswords: [{id: 'ap-0003', name: 'Outlook on laptop', createdAt: 0, hash: 'h', lookupTag: 't'}]});
const initial = buildState({users: [priya, buildUser({id: 'ben', perUserMfa: 'enforced'})]});

function flag(value: unknown): RedFlag {
	return redFlagSchema.parse(value);
}

/** Plays admin commands as turns (the intent is the command itself: none of these carry facts). */
function play(state: SimState, ...commands: AdminCommand[]): PlaySession<PlayedIntent> {
	let session = startSession<PlayedIntent>(state);
	for (const command of commands) {
		session = takeTurn(session, {kind: 'admin', intent: command} as PlayedIntent, {kind: 'admin', command});
	}

	return session;
}

function grade(session: PlaySession<PlayedIntent>, ...flags: RedFlag[]) {
	const state = session.turns.at(-1)?.state ?? session.initial;
	return evaluateRedFlags(flags, {state, verifications: new Map(), initial: session.initial, turns: session.turns});
}

const disablePriya: AdminCommand = {type: 'set-per-user-mfa', userIds: ['ben', 'priya'], state: 'disabled'};
const allowAppPasswords: AdminCommand = {type: 'set-app-passwords-allowed', allowed: true};

describe('action red flags match the turns\' intents in the step vocabulary', () => {
	test('action, user (also inside a bulk users list) and with must all match', () => {
		const session = play(initial, disablePriya, allowAppPasswords);
		const [byUser, byOther, byWith, byWrongWith] = grade(
			session,
			flag({when: {action: 'set-per-user-mfa', user: 'priya', with: {state: 'disabled'}}, penalty: 40, debrief: 'MFA off.'}),
			flag({when: {action: 'set-per-user-mfa', user: 'gwen'}, penalty: 40, debrief: 'Not her.'}),
			flag({when: {action: 'set-app-passwords-allowed', with: {allowed: true}}, penalty: 20, debrief: 'Tenant-wide.'}),
			flag({when: {action: 'set-app-passwords-allowed', with: {allowed: false}}, penalty: 20, debrief: 'Never.'}),
		);
		expect(byUser).toEqual({
			id: '1-set-per-user-mfa',
			label: 'Disable multi-factor authentication for Priya',
			expected: 'not done',
			actual: 'done once',
			passed: false,
			explanation: 'MFA off.',
			raised: true,
			penalty: 40,
			matchedTurns: [0],
		});
		expect(byOther).toMatchObject({raised: false, passed: true, actual: 'not done'});
		expect(byWith).toMatchObject({raised: true, matchedTurns: [1]});
		expect(byWrongWith!.raised).toBe(false);
	});

	test('a refused action is not counted: it changed nothing', () => {
		const helpdesk = buildState({users: [priya], actorRoles: ['helpdesk-administrator']});
		const session = play(helpdesk, allowAppPasswords);
		expect(session.turns[0]!.rejection?.code).toBe('role/insufficient');
		expect(grade(session, flag({when: {action: 'set-app-passwords-allowed'}, penalty: 20, debrief: 'x'}))[0]!.raised).toBe(false);
	});

	test('nested fields are spread out and ids renamed to step names; app passwords are matched by name', () => {
		const options: PlayedIntent = {kind: 'admin', intent: {type: 'set-verification-options', options: {call: false, text: true, appNotification: true, appCode: true}}};
		expect(stepFieldsOf(options, initial)).toEqual({call: false, text: true, appNotification: true, appCode: true});
		const deletion: PlayedIntent = {kind: 'user', intent: {type: 'delete-app-password', userId: 'priya', appPasswordId: 'ap-0003'}};
		expect(stepFieldsOf(deletion, initial)).toEqual({user: 'priya', appPassword: 'Outlook on laptop'});
		const matcher = {action: 'delete-app-password' as const, user: 'priya', with: {appPassword: 'Outlook on laptop'}};
		expect(matchesAction(matcher, deletion, initial)).toBe(true);
		const registry: PlayedIntent = {kind: 'user', intent: {type: 'upgrade-outlook', userId: 'priya', clientId: 'outlook', version: '2016'}};
		expect(matchesAction({action: 'upgrade-outlook', with: {version: 2016, client: 'outlook'}}, registry, initial)).toBe(true);
	});

	test('waits and escalations never match an action matcher', () => {
		const escalate: PlayedIntent = {kind: 'escalate', to: 'tier-2', reason: 'x'};
		expect(matchesAction({action: 'sign-in'}, escalate, initial)).toBe(false);
		expect(describeMatcher({action: 'sign-in'})).toBe('sign-in');
	});
});

describe('end-state red flags', () => {
	test('raised when the predicate holds on the end state; the debrief sentence explains it', () => {
		const session = play(initial, disablePriya);
		const [raised] = grade(session, flag({when: {not: {perUserMfa: {user: 'priya', is: 'enforced'}}}, penalty: 40, debrief: 'Turning MFA off removes the second factor.'}));
		expect(raised).toMatchObject({raised: true, passed: false, penalty: 40, explanation: 'Turning MFA off removes the second factor.', actual: 'Disabled', matchedTurns: []});
		expect(raised!.label).toBe("Priya's per-user MFA is no longer Enforced");
		expect(raised!.expected).toBe("Priya's per-user MFA is Enforced");
	});

	test('not raised on a good end state; a positive predicate is labelled with the harm it watches for', () => {
		expect(grade(play(initial), flag({when: {perUserMfa: {user: 'priya', is: 'disabled'}}, penalty: 40, debrief: 'x'}))[0]).toMatchObject({
			raised: false,
			passed: true,
			label: "Priya's per-user MFA is Disabled",
			expected: "Priya's per-user MFA is not Disabled",
			actual: 'Enforced',
		});
	});
});

describe('red flag ids (reports count flags by id)', () => {
	test('a flag keeps the id its author gave it; a flag without one keeps the id derived from its place', () => {
		// Given a session where the trainee disabled Priya's MFA and allowed app passwords
		const session = play(initial, disablePriya, allowAppPasswords);

		// When one flag is named by its author and the other is not
		const [named, unnamed] = grade(
			session,
			flag({id: 'disables-mfa', when: {not: {perUserMfa: {user: 'priya', is: 'enforced'}}}, penalty: 40, debrief: 'MFA off.'}),
			flag({when: {action: 'set-app-passwords-allowed'}, penalty: 20, debrief: 'Tenant-wide.'}),
		);

		// Then the report uses the author's id, and the position-derived one for the other
		expect(named).toMatchObject({id: 'disables-mfa', raised: true});
		expect(unnamed).toMatchObject({id: '2-set-app-passwords-allowed', raised: true});
	});

	test('an author id is kebab-case and starts with a letter, so it never looks like a derived id', () => {
		const base = {when: {action: 'reset-password'}, penalty: 5, debrief: 'x'};
		expect(redFlagSchema.safeParse({...base, id: 'resets-password'}).success).toBe(true);
		expect(redFlagSchema.safeParse({...base, id: '1-reset-password'}).success).toBe(false);
		expect(redFlagSchema.safeParse({...base, id: 'Resets password'}).success).toBe(false);
	});
});
