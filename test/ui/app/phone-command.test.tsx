/**
 * codes-wrong-number: the palette must not hand the trainee the number in Priya's hand. Setting her
 * authentication phone takes the number typed in a field, as the admin center's phone field does.
 */
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createRunPorts} from '../../../source/commands/real-deps.js';
import {buildInitialState} from '../../../source/scenario/build-initial-state.js';
import {loadCatalogue} from '../../../source/services/scenario-source-service.js';
import {KeyLayerHost} from '../../../source/ui/components/key-layers.js';
import {richDisplay} from '../../../source/ui/app/display.js';
import {paletteCommands, type PaletteCommand} from '../../../source/ui/app/palette-commands.js';
import {PaletteOverlay} from '../../../source/ui/app/palette-overlay.js';
import {emptyNumberMessage} from '../../../source/ui/app/phone-number-dialog.js';
import {keys, renderApp, type Harness} from '../../helpers/ink-harness.js';

let screen: Harness | undefined;
afterEach(() => {
	screen?.unmount();
	screen = undefined;
});

async function wrongNumberCommands() {
	const {scenarios} = await loadCatalogue({fixturesDir: path.resolve('fixtures')});
	const loaded = scenarios.find((each) => each.scenario.id === 'codes-wrong-number')!;
	const {state} = buildInitialState(loaded.scenario, loaded.fixture, createRunPorts().randomFor('1'));
	return {state, commands: paletteCommands(state)};
}

describe('setting an authentication phone from the palette', () => {
	it('offers "Set Priya Patel\'s authentication phone (type the number)..." and never the number in her hand', async () => {
		const {state, commands} = await wrongNumberCommands();
		const inHand = state.world.people['priya']?.phone?.number;
		expect(inHand).toBe('+1 4255550123');
		const labels = commands.map((command) => command.label);
		expect(labels).toContain("Set Priya Patel's authentication phone (type the number)...");
		expect(labels.filter((label) => label.includes(inHand!))).toEqual([]);
	});

	it('refuses Enter with no number, then plays set-phone-method with the number typed', async () => {
		const {commands} = await wrongNumberCommands();
		const ran: PaletteCommand[] = [];
		screen = await renderApp(
			<KeyLayerHost>
				<PaletteOverlay commands={commands} onRun={(command) => ran.push(command)} onClose={() => undefined} display={richDisplay} width={90} height={16} />
			</KeyLayerHost>,
		);
		await screen.type('set priya authentication phone');
		await screen.waitFor(/› Set Priya Patel's authentication phone \(type the number\)/);
		await screen.press(keys.enter);
		await screen.waitFor('Phone number:');
		await screen.press(keys.enter);
		await screen.waitFor(emptyNumberMessage.slice(0, 40));
		expect(ran).toEqual([]);

		await screen.type('+1 4255550123');
		await screen.press(keys.enter);
		expect(ran.map((command) => command.action)).toEqual([{kind: 'play', intent: {kind: 'admin', intent: {type: 'set-phone-method', userId: 'priya', slot: 'authentication', number: '+1 4255550123'}}}]);
	});
});
