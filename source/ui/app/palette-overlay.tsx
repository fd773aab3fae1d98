import {useState} from 'react';
import type {EscalationTarget} from '../../domain/state/sim-state.js';
import {CommandPalette} from './command-palette.js';
import type {DisplayMode} from './display.js';
import {EscalateDialog} from './escalate-dialog.js';
import type {PaletteCommand, PaletteEntry} from './palette-commands.js';

/** Props of PaletteOverlay. */
export type PaletteOverlayProps = {
	readonly commands: readonly PaletteEntry[];
	/** Runs a command: one picked, or the escalation once its note is written. */
	readonly onRun: (command: PaletteCommand) => void;
	readonly onClose: () => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
};

/**
 * The palette, and in its place the handover dialog when an "Escalate the ticket to ..." is picked:
 * the escalation is played only once its note is written; Esc there closes both.
 */
export function PaletteOverlay({commands, onRun, onClose, display, width, height}: PaletteOverlayProps) {
	const [escalating, setEscalating] = useState<EscalationTarget>();
	if (escalating !== undefined) {
		const send = (reason: string) => onRun({label: 'Escalate the ticket', group: 'Escalate', action: {kind: 'play', intent: {kind: 'escalate', to: escalating, reason}}});
		return <EscalateDialog to={escalating} onSend={send} onCancel={onClose} display={display} width={width} height={height} />;
	}

	const run = (entry: PaletteEntry) => {
		const {action} = entry;
		if (action.kind === 'escalate') {
			setEscalating(action.to);
		} else {
			onRun({...entry, action});
		}
	};

	return <CommandPalette commands={commands} onRun={run} onClose={onClose} display={display} width={width} height={height} />;
}
