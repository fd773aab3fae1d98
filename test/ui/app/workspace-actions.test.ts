/**
 * Keys and palette commands ask the workspace for the same things: each palette action and each shared
 * key intent reaches the one action it names, and the enrolment key works on the phone screen only.
 */
import {describe, expect, it} from 'vitest';
import {clockIntents, type PaletteAction} from '../../../source/ui/app/palette-commands.js';
import {runPaletteAction, sharedIntentHandlers, type WorkspaceActions} from '../../../source/ui/app/workspace-actions.js';

/** Actions that record what they were asked, as `name` or `name:argument`. */
function recording(): {readonly actions: WorkspaceActions; readonly asked: string[]} {
	const asked: string[] = [];
	const say = (name: string) => () => {
		asked.push(name);
	};

	return {
		asked,
		actions: {
			play: (intent) => asked.push(`play:${JSON.stringify(intent)}`),
			undo: say('undo'),
			reset: say('reset'),
			quit: say('quit'),
			openPalette: say('palette'),
			openHelp: say('help'),
			enrol: say('enrol'),
			typeCode: say('type-code'),
			attempt: (action) => asked.push(`attempt:${action}`),
			go: (screen) => asked.push(`go:${screen}`),
		},
	};
}

describe('workspace actions', () => {
	it('runs each palette action as the action it names', () => {
		const cases: ReadonlyArray<readonly [PaletteAction, string]> = [
			[{kind: 'play', intent: clockIntents.wait5m}, `play:${JSON.stringify(clockIntents.wait5m)}`],
			[{kind: 'go', screen: 'audit-log'}, 'go:audit-log'],
			[{kind: 'undo'}, 'undo'],
			[{kind: 'reset'}, 'reset'],
			[{kind: 'help'}, 'help'],
			[{kind: 'quit'}, 'quit'],
			[{kind: 'attempt', action: 'give-up'}, 'attempt:give-up'],
			[{kind: 'enrol'}, 'enrol'],
			[{kind: 'type-code'}, 'type-code'],
		];
		for (const [action, expected] of cases) {
			const {actions, asked} = recording();
			runPaletteAction(action, actions);
			expect(asked, action.kind).toEqual([expected]);
		}
	});

	it('maps the shared key intents to the same actions, enrolment on the phone screen only', () => {
		const {actions, asked} = recording();
		const handlers = sharedIntentHandlers(actions, false);
		for (const intent of ['session.undo', 'session.reset', 'app.quit', 'attempt.hint', 'clock.next-day', 'phone.enrol'] as const) {
			handlers[intent]?.();
		}

		expect(asked).toEqual(['undo', 'reset', 'quit', 'attempt:hint', `play:${JSON.stringify(clockIntents.nextDay)}`]);
		sharedIntentHandlers(actions, true)['phone.enrol']?.();
		expect(asked.at(-1)).toBe('enrol');
	});
});
