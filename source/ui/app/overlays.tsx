import {useMemo} from 'react';
import type {SimState} from '../../domain/state/sim-state.js';
import {CommandPalette} from './command-palette.js';
import {ConfirmDialog} from './confirm-dialog.js';
import type {DisplayMode} from './display.js';
import {HelpOverlay} from './help-overlay.js';
import {paletteCommands, type PaletteCommand} from './palette-commands.js';
import type {AdminScreenMap} from './placeholder-screen.js';
import {screens, type ScreenId} from './screens.js';

/** What covers the body: nothing, the help, the palette, or a yes/no question. */
export type Overlay = {readonly kind: 'none'} | {readonly kind: 'help'} | {readonly kind: 'palette'} | {readonly kind: 'confirm'; readonly action: 'reset' | 'quit'};

const questions = {
	reset: {question: 'Reset the scenario?', detail: 'Every action is undone and the clock goes back to the start. Revealed hints stay revealed.'},
	quit: {question: 'Quit the workspace?', detail: 'You leave this scenario now.'},
} as const;

/** Props of Overlays. */
export type OverlaysProps = {
	readonly overlay: Exclude<Overlay, {readonly kind: 'none'}>;
	readonly state: SimState;
	readonly screen: ScreenId;
	readonly adminScreens: AdminScreenMap;
	readonly onClose: () => void;
	readonly onRun: (command: PaletteCommand) => void;
	readonly onConfirm: (action: 'reset' | 'quit', yes: boolean) => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
};

/** Draws the open overlay in place of the menu and the screen. */
export function Overlays({overlay, state, screen, adminScreens, onClose, onRun, onConfirm, display, width, height}: OverlaysProps) {
	const commands = useMemo(() => (overlay.kind === 'palette' ? paletteCommands(state) : []), [overlay.kind, state]);
	switch (overlay.kind) {
		case 'palette': {
			return <CommandPalette commands={commands} onRun={onRun} onClose={onClose} display={display} width={width} height={height} />;
		}

		case 'help': {
			const isAdmin = screen === 'active-users' || screen === 'mfa-page' || screen === 'sign-in-logs' || screen === 'audit-log';
			const title = screens.find((each) => each.id === screen)?.label ?? screen;
			return <HelpOverlay screenTitle={`On this screen (${title})`} screenHints={isAdmin ? adminScreens[screen].hints : []} onClose={onClose} display={display} width={width} height={height} />;
		}

		case 'confirm': {
			const {question, detail} = questions[overlay.action];
			return <ConfirmDialog question={question} detail={detail} onAnswer={(yes) => onConfirm(overlay.action, yes)} display={display} width={width} />;
		}
	}
}
