import type {Key} from 'ink';
import {keyText, type KeyHint} from './components/key-hint.js';
import {matchesStroke, strokeText, type KeyStroke, type NamedKey} from './key-stroke.js';
import {phoneBindings, phoneConcurrentScopes, type PhoneKeyIntent, type PhoneKeyScope} from './key-bindings-phone.js';

// The shapes the table is written in, for the screens that read it.
export type {KeyHint} from './components/key-hint.js';
export type {KeyStroke, NamedKey} from './key-stroke.js';

/**
 * Where a binding listens. Several scopes are live at once (see `concurrentScopes`), so a key may be
 * bound once per set of live scopes. Screens own every key not bound here in their live scopes.
 */
export type KeyScope =
	/** Even with an overlay open: only Ctrl+C. */
	| 'always'
	/** Whenever no overlay is open, whichever pane has the focus. */
	| 'global'
	/** The left navigation has the focus. */
	| 'navigation'
	/** Lists inside the shell's own screens (the user's side). */
	| 'list'
	/** The user's side screens: phone, clients, "Ask the user to ...". */
	| 'user-side'
	/** With the menu focused while a scenario is played: hints, check my fix, submit, give up. */
	| 'attempt'
	/** The Ticket screen, focused: scroll the ticket and the hints. */
	| 'ticket'
	| 'palette' | 'help' | 'confirm'
	/** The "check my fix" results. */
	| 'check'
	/** A hint just revealed, shown where it was asked for. */
	| 'hint'
	/** The scenario picker. */
	| 'picker'
	/** The ticket intro before a scenario starts. */
	| 'intro'
	/** The offer to resume an unfinished attempt. */
	| 'resume'
	/** The debrief after an attempt. */
	| 'debrief'
	| PhoneKeyScope;

/** Everything the shell can be asked to do from the keyboard, as `area.action`. */
export type KeyIntent =
	| 'app.interrupt'
	| 'app.quit'
	| 'focus.toggle'
	| 'focus.content'
	| 'palette.open'
	| 'help.toggle'
	| 'navigate.previous-screen'
	| 'navigate.next-screen'
	| 'navigate.jump'
	| 'session.undo'
	| 'session.reset'
	| 'clock.wait-5m'
	| 'clock.wait-1h'
	| 'clock.next-day'
	| 'list.up'
	| 'list.down'
	| 'list.page-up'
	| 'list.page-down'
	| 'list.top'
	| 'list.bottom'
	| 'list.choose'
	| 'person.previous'
	| 'person.next'
	| 'phone.toggle-old'
	| 'palette.up' | 'palette.down' | 'palette.run' | 'palette.close'
	| 'help.up' | 'help.down' | 'help.close'
	| 'confirm.yes'
	| 'confirm.no'
	| 'attempt.check'
	| 'attempt.submit'
	| 'attempt.hint'
	| 'attempt.give-up'
	| 'ticket.up'
	| 'ticket.down'
	| 'check.close'
	| 'hint.close'
	| 'picker.up'
	| 'picker.down'
	| 'picker.page-up'
	| 'picker.page-down'
	| 'picker.topic-next'
	| 'picker.topic-previous'
	| 'picker.open'
	| 'picker.quit'
	| 'intro.start'
	| 'intro.back'
	| 'resume.continue'
	| 'resume.start-over'
	| 'resume.back'
	| 'debrief.up'
	| 'debrief.down'
	| 'debrief.page-up'
	| 'debrief.page-down'
	| 'debrief.top'
	| 'debrief.bottom'
	| 'debrief.picker'
	| 'debrief.quit'
	| PhoneKeyIntent;

/** One row of THE key table: an intent, its keys, and the words the footer and the help overlay show. */
export type KeyBinding = {
	readonly intent: KeyIntent;
	readonly scope: KeyScope;
	readonly keys: readonly KeyStroke[];
	/** Two or three words for the footer, e.g. `wait 5 min`. */
	readonly hint: string;
	/** A sentence for the help overlay. */
	readonly description: string;
	/** Shown in the footer; everything is shown in the help overlay. @default false */
	readonly footer?: boolean;
	/** Compact key text for the footer (and for help when there are more than three keys), e.g. `1-8`, `↑↓`. */
	readonly keyText?: string;
};

const ch = (input: string, modifiers: Omit<KeyStroke, 'input' | 'key'> = {}): KeyStroke => ({input, ...modifiers});
const named = (key: NamedKey, modifiers: Omit<KeyStroke, 'input' | 'key'> = {}): KeyStroke => ({key, ...modifiers});
const ctrl = (input: string): KeyStroke => ({input, ctrl: true});

/** THE single intent -> keys table. The footer, the help overlay and every key handler read it. */
export const keyBindings: readonly KeyBinding[] = [
	{intent: 'app.interrupt', scope: 'always', keys: [ctrl('c')], hint: 'exit', description: 'Leave at once (exit code 130); the terminal is restored.'},
	{intent: 'focus.toggle', scope: 'global', keys: [named('tab'), named('tab', {shift: true})], hint: 'pane', description: 'Move the focus between the menu on the left and the screen.', footer: true, keyText: 'Tab'},
	{intent: 'palette.open', scope: 'global', keys: [ch(':'), ctrl('k')], hint: 'commands', description: 'Open the command palette: type a few letters of any action and press Enter.', footer: true},
	{intent: 'help.toggle', scope: 'global', keys: [ch('?')], hint: 'help', description: 'Show or hide every key binding.', footer: true},
	{intent: 'navigate.jump', scope: 'global', keys: ['1', '2', '3', '4', '5', '6', '7', '8'].map((digit) => ch(digit)), hint: 'screen', description: 'Jump to a screen by its number in the menu (from a screen too, leaving a user\'s or sign-in\'s details).', footer: true, keyText: '1-8'},
	{intent: 'navigate.previous-screen', scope: 'navigation', keys: [named('up'), ch('k')], hint: 'previous', description: 'Select the previous screen in the menu.'},
	{intent: 'navigate.next-screen', scope: 'navigation', keys: [named('down'), ch('j')], hint: 'next', description: 'Select the next screen in the menu.'},

	{intent: 'focus.content', scope: 'navigation', keys: [named('return'), named('right')], hint: 'open', description: 'Move into the selected screen.', footer: true},
	{intent: 'attempt.check', scope: 'attempt', keys: [ch('c')], hint: 'check', description: 'Check my fix: run the goal checks on the tenant as it is now, without ending. Free; red flags are not shown.', footer: true},
	{intent: 'attempt.submit', scope: 'attempt', keys: [ch('s')], hint: 'submit', description: 'Finish: submit the tenant as it is for grading and see the debrief (asks first).', footer: true},
	{intent: 'attempt.hint', scope: 'attempt', keys: [ch('h')], hint: 'hint', description: 'Reveal the next hint on the Ticket screen; it costs the points it shows (asks first).', footer: true},
	{intent: 'attempt.give-up', scope: 'attempt', keys: [ch('G')], hint: 'give up', description: 'Give up: end the attempt and see the debrief with the answer; it is recorded as failed unless the tenant already meets the goal (asks first).'},
	{intent: 'clock.wait-5m', scope: 'navigation', keys: [ch('w')], hint: 'wait 5m', description: 'Let 5 minutes of simulated time pass.', footer: true},
	{intent: 'clock.wait-1h', scope: 'navigation', keys: [ch('W')], hint: 'wait 1h', description: 'Let 1 hour of simulated time pass.'},
	{intent: 'clock.next-day', scope: 'navigation', keys: [ch('n')], hint: 'next day', description: 'Advance the clock to 09:00 UTC the next day.'},
	{intent: 'session.undo', scope: 'navigation', keys: [ch('u'), ctrl('z')], hint: 'undo', description: 'Undo the last action, including waits (the clock goes back too).', footer: true},
	{intent: 'session.reset', scope: 'navigation', keys: [ch('R')], hint: 'reset', description: 'Start the scenario again from the beginning (asks first).'},
	{intent: 'app.quit', scope: 'navigation', keys: [ch('q')], hint: 'quit', description: 'Quit the workspace (asks first); while playing, back to the scenario list, where the attempt can be resumed.', footer: true},
	{intent: 'ticket.up', scope: 'ticket', keys: [named('up'), ch('k'), named('page-up')], hint: 'scroll up', description: 'Scroll the ticket and the hints up.'},
	{intent: 'ticket.down', scope: 'ticket', keys: [named('down'), ch('j'), named('page-down')], hint: 'scroll', description: 'Scroll the ticket and the hints down.', footer: true, keyText: '↑↓'},
	{intent: 'list.up', scope: 'list', keys: [named('up'), ch('k')], hint: 'up', description: 'Move the selection up.'},
	{intent: 'list.down', scope: 'list', keys: [named('down'), ch('j')], hint: 'down', description: 'Move the selection down.', footer: true, keyText: '↑↓'},
	{intent: 'list.page-up', scope: 'list', keys: [named('page-up')], hint: 'page up', description: 'Move the selection up one page.'},
	{intent: 'list.page-down', scope: 'list', keys: [named('page-down')], hint: 'page down', description: 'Move the selection down one page.'},
	{intent: 'list.top', scope: 'list', keys: [named('home')], hint: 'first', description: 'Select the first item.'},
	{intent: 'list.bottom', scope: 'list', keys: [named('end')], hint: 'last', description: 'Select the last item.'},
	{intent: 'list.choose', scope: 'list', keys: [named('return')], hint: 'choose', description: 'Do the selected thing (ask the user, show the client).', footer: true},
	{intent: 'person.previous', scope: 'user-side', keys: [ch('[')], hint: 'previous person', description: 'Look at the previous person in this scenario.'},
	{intent: 'person.next', scope: 'user-side', keys: [ch(']')], hint: 'switch person', description: 'Look at the next person in this scenario.', footer: true, keyText: '[ and ]'},
	{intent: 'phone.toggle-old', scope: 'user-side', keys: [ch('o')], hint: 'old phone', description: 'On the phone screen: switch between the phone in their hand and their old phone.'},
	{intent: 'palette.up', scope: 'palette', keys: [named('up')], hint: 'up', description: 'Select the previous command.'},
	{intent: 'palette.down', scope: 'palette', keys: [named('down'), named('tab')], hint: 'down', description: 'Select the next command.', footer: true, keyText: '↑↓'},
	{intent: 'palette.run', scope: 'palette', keys: [named('return')], hint: 'run', description: 'Run the selected command.', footer: true},
	{intent: 'palette.close', scope: 'palette', keys: [named('escape')], hint: 'close', description: 'Close the palette without running anything.', footer: true},
	{intent: 'help.up', scope: 'help', keys: [named('up'), ch('k'), named('page-up')], hint: 'scroll up', description: 'Scroll the help up.'},
	{intent: 'help.down', scope: 'help', keys: [named('down'), ch('j'), named('page-down')], hint: 'scroll', description: 'Scroll the help down.', footer: true, keyText: '↑↓'},
	{intent: 'help.close', scope: 'help', keys: [named('escape'), ch('?'), ch('q')], hint: 'close', description: 'Close this help.', footer: true},
	{intent: 'confirm.yes', scope: 'confirm', keys: [ch('y'), named('return')], hint: 'yes', description: 'Confirm.', footer: true},
	{intent: 'confirm.no', scope: 'confirm', keys: [ch('n'), named('escape')], hint: 'no', description: 'Cancel.', footer: true},
	{intent: 'check.close', scope: 'check', keys: [named('escape'), named('return'), ch('c')], hint: 'close', description: 'Close the check results and go on working.', footer: true},
	{intent: 'hint.close', scope: 'hint', keys: [named('escape'), named('return'), ch('h')], hint: 'close', description: 'Close the hint just revealed and go on working (it stays on the Ticket screen).', footer: true},
	{intent: 'picker.up', scope: 'picker', keys: [named('up'), ch('k')], hint: 'up', description: 'Select the previous scenario.'},
	{intent: 'picker.down', scope: 'picker', keys: [named('down'), ch('j')], hint: 'move', description: 'Select the next scenario.', footer: true, keyText: '↑↓'},
	{intent: 'picker.page-up', scope: 'picker', keys: [named('page-up')], hint: 'page up', description: 'Move one page up.'},
	{intent: 'picker.page-down', scope: 'picker', keys: [named('page-down')], hint: 'page down', description: 'Move one page down.'},
	{intent: 'picker.topic-next', scope: 'picker', keys: [named('right'), ch('t')], hint: 'topic', description: 'Show only the next topic (missing codes, missing prompts, legacy app logins, ...).', footer: true, keyText: '←→'},
	{intent: 'picker.topic-previous', scope: 'picker', keys: [named('left'), ch('T')], hint: 'previous topic', description: 'Show only the previous topic.'},
	{intent: 'picker.open', scope: 'picker', keys: [named('return')], hint: 'open', description: 'Open the selected scenario: its ticket, or the offer to resume it.', footer: true},
	{intent: 'picker.quit', scope: 'picker', keys: [ch('q'), named('escape')], hint: 'quit', description: 'Leave mfadesk.', footer: true},
	{intent: 'intro.start', scope: 'intro', keys: [named('return')], hint: 'start', description: 'Start the scenario: the workspace opens on the ticket.', footer: true},
	{intent: 'intro.back', scope: 'intro', keys: [named('escape'), ch('q')], hint: 'back', description: 'Back to the scenario list.', footer: true},
	{intent: 'resume.continue', scope: 'resume', keys: [ch('r'), named('return')], hint: 'resume', description: 'Resume the unfinished attempt where you left it.', footer: true},
	{intent: 'resume.start-over', scope: 'resume', keys: [ch('n')], hint: 'start over', description: 'Start a new attempt; the unfinished one is kept as abandoned.', footer: true},
	{intent: 'resume.back', scope: 'resume', keys: [named('escape'), ch('q')], hint: 'back', description: 'Back to the scenario list.', footer: true},
	{intent: 'debrief.up', scope: 'debrief', keys: [named('up'), ch('k')], hint: 'up', description: 'Scroll the debrief up.'},
	{intent: 'debrief.down', scope: 'debrief', keys: [named('down'), ch('j')], hint: 'scroll', description: 'Scroll the debrief down.', footer: true, keyText: '↑↓'},
	{intent: 'debrief.page-up', scope: 'debrief', keys: [named('page-up'), ch('b')], hint: 'page up', description: 'Scroll one page up.'},
	{intent: 'debrief.page-down', scope: 'debrief', keys: [named('page-down'), ch(' ')], hint: 'page', description: 'Scroll one page down.', footer: true, keyText: 'PgDn'},
	{intent: 'debrief.top', scope: 'debrief', keys: [named('home'), ch('g')], hint: 'top', description: 'Go to the top of the debrief.'},
	{intent: 'debrief.bottom', scope: 'debrief', keys: [named('end'), ch('G')], hint: 'end', description: 'Go to the end of the debrief.'},
	{intent: 'debrief.picker', scope: 'debrief', keys: [named('return'), ch('p')], hint: 'scenarios', description: 'Back to the scenario list.', footer: true},
	{intent: 'debrief.quit', scope: 'debrief', keys: [ch('q'), named('escape')], hint: 'quit', description: 'Leave mfadesk (the attempt is saved).', footer: true},
	...phoneBindings,
];

/**
 * Scopes that listen at the same moment. Within each set a key stroke may mean only one intent
 * (a test enforces it). Screens from `source/ui/admin` share the content pane with `always` and
 * `global`, so they must not use Tab, `:`, `?`, the digits 1-8, Ctrl+K or Ctrl+C (a text field may: the shell's keys pause while it captures).
 */
export const concurrentScopes: readonly (readonly KeyScope[])[] = [
	['always', 'global', 'navigation', 'attempt'],
	['always', 'global', 'list', 'user-side'],
	['always', 'global', 'ticket'],
	['always', 'palette'],
	['always', 'help'],
	['always', 'confirm'],
	['always', 'check'],
	['always', 'hint'],
	['always', 'picker'],
	['always', 'intro'],
	['always', 'resume'],
	['always', 'debrief'],
	...phoneConcurrentScopes,
];

/** The bindings of the given scopes, in table order. */
export function bindingsIn(scopes: readonly KeyScope[]): readonly KeyBinding[] {
	return keyBindings.filter((binding) => scopes.includes(binding.scope));
}

/** The intent a key press means in the given scopes, if any. */
export function intentOf(scopes: readonly KeyScope[], input: string, key: Key): KeyIntent | undefined {
	return bindingsIn(scopes).find((binding) => binding.keys.some((stroke) => matchesStroke(stroke, input, key)))?.intent;
}

/** The binding of an intent (each intent has exactly one row). */
export function bindingOf(intent: KeyIntent): KeyBinding {
	const binding = keyBindings.find((each) => each.intent === intent);
	if (binding === undefined) {
		throw new Error(`key-bindings.ts has no row for the intent '${intent}'`);
	}

	return binding;
}

/** The keys of a binding as text: all of them (`: / Ctrl+K`) or, compact, the footer's short form (`:`, `↑↓`). */
export function keysText(binding: KeyBinding, unicode = true, compact = false): string {
	if (binding.keyText !== undefined && (compact || binding.keys.length > 3)) {
		return keyText(binding.keyText, unicode);
	}

	const strokes = compact ? binding.keys.slice(0, 1) : binding.keys;
	return strokes.map((stroke) => strokeText(stroke, unicode)).join(' / ');
}

/** Footer hints of the given scopes, drawn from the table (first key of each, to stay short). */
export function footerHints(scopes: readonly KeyScope[], unicode = true): readonly KeyHint[] {
	return bindingsIn(scopes)
		.filter((binding) => binding.footer === true)
		.map((binding) => ({keys: keysText(binding, unicode, true), label: binding.hint}));
}
