import type {SessionIntent} from '../../services/session-service.js';
import type {KeyIntent} from '../key-bindings.js';
import {clockIntents, type AttemptAction, type PaletteAction} from './palette-commands.js';
import type {ScreenId} from './screens.js';

/** What the workspace can be asked to do, from a key or from the palette: the shell supplies each. */
export type WorkspaceActions = {
	readonly play: (intent: SessionIntent) => void;
	readonly undo: () => void;
	/** Reset, asking first (real time: says it is off). */
	readonly reset: () => void;
	/** Quit, asking first. */
	readonly quit: () => void;
	readonly openPalette: () => void;
	readonly openHelp: () => void;
	readonly enrol: () => void;
	readonly typeCode: () => void;
	readonly attempt: (action: AttemptAction) => void;
	/** Shows a screen and moves the focus into it. */
	readonly go: (screen: ScreenId) => void;
};

/** Runs what a palette command asks for. */
export function runPaletteAction(action: PaletteAction, actions: WorkspaceActions): void {
	switch (action.kind) {
		case 'play': {
			actions.play(action.intent);
			break;
		}

		case 'go': {
			actions.go(action.screen);
			break;
		}

		case 'undo': {
			actions.undo();
			break;
		}

		case 'reset': {
			actions.reset();
			break;
		}

		case 'quit': {
			actions.quit();
			break;
		}

		case 'enrol': {
			actions.enrol();
			break;
		}

		case 'type-code': {
			actions.typeCode();
			break;
		}

		case 'help': {
			actions.openHelp();
			break;
		}

		case 'attempt': {
			actions.attempt(action.action);
			break;
		}
	}
}

/**
 * The workspace's key intents that ask for the same things as the palette (the clock, undo, reset, quit,
 * the attempt's questions, the overlays); the shell adds its own (focus, screens, people). `onPhone`:
 * enrolment opens from the phone screen only.
 */
export function sharedIntentHandlers(actions: WorkspaceActions, onPhone: boolean): Partial<Record<KeyIntent, () => void>> {
	return {
		'palette.open': actions.openPalette,
		'help.toggle': actions.openHelp,
		'clock.wait-5m': () => actions.play(clockIntents.wait5m),
		'clock.wait-1h': () => actions.play(clockIntents.wait1h),
		'clock.next-day': () => actions.play(clockIntents.nextDay),
		'session.undo': actions.undo,
		'session.reset': actions.reset,
		'app.quit': actions.quit,
		'attempt.check': () => actions.attempt('check'),
		'attempt.submit': () => actions.attempt('submit'),
		'attempt.hint': () => actions.attempt('hint'),
		'attempt.give-up': () => actions.attempt('give-up'),
		'phone.enrol': () => onPhone && actions.enrol(),
		'phone.type-code': actions.typeCode,
	};
}
