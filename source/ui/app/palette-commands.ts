import type {UserId} from '../../domain/common/ids.js';
import type {EscalationTarget, SimState} from '../../domain/state/sim-state.js';
import {adminRoles} from '../../domain/tenant/roles.js';
import {findUser} from '../../domain/tenant/tenant.js';
import type {SessionIntent} from '../../services/session-service.js';
import type {UserIntent} from '../../services/user-service.js';
import {askMenu} from '../user-side/ask-menu.js';
import {adminIntents, scenarioPeople} from './admin-commands.js';
import {describeIntent, escalationTargetText} from '../../services/describe-intent.js';
import {screens, type ScreenId} from './screens.js';

/** What a palette command does when run. */
export type PaletteAction =
	| {readonly kind: 'play'; readonly intent: SessionIntent}
	| {readonly kind: 'go'; readonly screen: ScreenId}
	| {readonly kind: 'undo'}
	| {readonly kind: 'reset'}
	| {readonly kind: 'help'}
	| {readonly kind: 'quit'}
	/** While a scenario is played: reveal a hint, check the fix, submit, give up. */
	| {readonly kind: 'attempt'; readonly action: AttemptAction}
	/** The person's registration as a QR code, for the trainee's own app; a code typed from it (real time). */
	| {readonly kind: 'enrol'}
	| {readonly kind: 'type-code'};

/** What the trainee can do with the attempt itself. */
export type AttemptAction = 'check' | 'submit' | 'hint' | 'give-up';

/** One command of the palette. */
export type PaletteCommand = {
	readonly label: string;
	/** Shown dimmed on the right: `Clock`, `Admin`, `Ask`, ... */
	readonly group: string;
	readonly action: PaletteAction;
};

/** The clock controls, shared by the palette and the key table's clock intents. */
export const clockIntents = {
	wait5m: {kind: 'wait', minutes: 5},
	wait1h: {kind: 'wait', minutes: 60},
	nextDay: {kind: 'next-day'},
} as const satisfies Record<string, SessionIntent>;

/** The attempt's own commands, first in the palette while a scenario is played. */
export const attemptCommands: readonly PaletteCommand[] = [
	{label: 'Check my fix (goal checks, free, ends nothing)', group: 'Attempt', action: {kind: 'attempt', action: 'check'}},
	{label: 'Submit my fix for grading (finish)', group: 'Attempt', action: {kind: 'attempt', action: 'submit'}},
	{label: 'Reveal the next hint (costs points)', group: 'Attempt', action: {kind: 'attempt', action: 'hint'}},
	{label: 'Give up and see the answer', group: 'Attempt', action: {kind: 'attempt', action: 'give-up'}},
];

/** "Bring your own authenticator": always the QR code; with `--real-time`, typing a code from the app too. */
export function authenticatorCommands(realTime: boolean): readonly PaletteCommand[] {
	const enrol: PaletteCommand = {label: 'Add to my authenticator (QR code and key of their registration)', group: 'Phone', action: {kind: 'enrol'}};
	return realTime ? [enrol, {label: 'Type a code from your authenticator app (they sign in with it)', group: 'Phone', action: {kind: 'type-code'}}] : [enrol];
}

/** The "ask the user to ..." intents of one person: the ask menu's. */
function askIntents(state: SimState, userId: UserId): readonly UserIntent[] {
	return askMenu(state, userId).map((item) => item.intent);
}

/**
 * "Escalate the ticket to ...": opens the handover dialog (the palette overlay draws it), which plays the
 * escalation once a note is written. Kept apart from PaletteAction: it never reaches the workspace unplayed.
 */
export type EscalateCommand = {
	readonly label: string;
	readonly group: 'Escalate';
	readonly action: {readonly kind: 'escalate'; readonly to: EscalationTarget};
};

/** "Set <name>'s authentication phone...": opens a number field; the number typed is played as set-phone-method. */
export type PhoneCommand = {
	readonly label: string;
	readonly group: 'Admin';
	readonly action: {readonly kind: 'set-phone'; readonly userId: UserId; readonly title: string};
};

/** Anything the palette lists: a command the workspace runs, an escalation that asks for a note first, or a phone to type. */
export type PaletteEntry = PaletteCommand | EscalateCommand | PhoneCommand;

/** One "Set <name>'s authentication phone..." per person of the scenario, for every one (offering it only where the number is wrong would hint). Pure. */
export function phoneCommands(state: SimState): readonly PhoneCommand[] {
	return scenarioPeople(state).flatMap((userId) => {
		const name = findUser(state.tenant, userId)?.displayName;
		const title = `Set ${name ?? userId}'s authentication phone`;
		return name === undefined ? [] : [{label: `${title} (type the number)...`, group: 'Admin' as const, action: {kind: 'set-phone' as const, userId, title}}];
	});
}

/**
 * One "Escalate the ticket to ..." for every target, whatever the scenario (offering only the right one would
 * give the answer away): tier 2 first, the helpdesk's usual next line, then each directory role.
 */
export const escalateCommands: readonly EscalateCommand[] = ['tier-2' as const, ...adminRoles].map((to) => ({label: `Escalate the ticket to ${escalationTargetText(to)}...`, group: 'Escalate', action: {kind: 'escalate', to}}));

/** The escalations a trainee can make: every target but the roles they already hold (handing a ticket to yourself hands it on to nobody). Pure. */
export function escalateCommandsFor(state: SimState): readonly EscalateCommand[] {
	const held = new Set<string>(findUser(state.tenant, state.actorId)?.roles ?? []);
	return escalateCommands.filter((command) => !held.has(command.action.to));
}

const play = (state: SimState, group: string, intent: SessionIntent): PaletteCommand => ({label: describeIntent(intent, state), group, action: {kind: 'play', intent}});

/**
 * Every action the palette can find: clock controls, undo and reset, going to a screen, the admin
 * remedies, escalating the ticket and every "ask the user to ..." of each person in the scenario. Pure.
 */
export function paletteCommands(state: SimState): readonly PaletteEntry[] {
	return [
		play(state, 'Clock', clockIntents.wait5m),
		play(state, 'Clock', clockIntents.wait1h),
		play(state, 'Clock', clockIntents.nextDay),
		{label: 'Undo the last action', group: 'Session', action: {kind: 'undo'}},
		{label: 'Reset the scenario to the start', group: 'Session', action: {kind: 'reset'}},
		...screens.map((screen): PaletteCommand => ({label: `Go to ${screen.label}`, group: 'Go to', action: {kind: 'go', screen: screen.id}})),
		...adminIntents(state).map((intent) => play(state, 'Admin', {kind: 'admin', intent})),
		...phoneCommands(state),
		...escalateCommandsFor(state),
		...scenarioPeople(state).flatMap((userId) => askIntents(state, userId).map((intent) => play(state, 'Ask', {kind: 'user', intent}))),
		{label: 'Show key bindings (help)', group: 'App', action: {kind: 'help'}},
		{label: 'Quit the workspace', group: 'App', action: {kind: 'quit'}},
	];
}
