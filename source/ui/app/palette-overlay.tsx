import {useState} from 'react';
import type {UserId} from '../../domain/common/ids.js';
import type {EscalationTarget} from '../../domain/state/sim-state.js';
import {CommandPalette} from './command-palette.js';
import type {DisplayMode} from './display.js';
import {EscalateDialog} from './escalate-dialog.js';
import type {PaletteCommand, PaletteEntry} from './palette-commands.js';
import {PhoneNumberDialog} from './phone-number-dialog.js';

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
 * The palette, and in its place the handover dialog when an "Escalate the ticket to ..." is picked (played only
 * once its note is written), or the number field of a "Set ...'s authentication phone..."; Esc there closes both.
 */
export function PaletteOverlay({commands, onRun, onClose, display, width, height}: PaletteOverlayProps) {
	const [escalating, setEscalating] = useState<EscalationTarget>();
	const [phone, setPhone] = useState<{readonly userId: UserId; readonly title: string}>();
	if (phone !== undefined) {
		const send = (number: string) => onRun({label: phone.title, group: 'Admin', action: {kind: 'play', intent: {kind: 'admin', intent: {type: 'set-phone-method', userId: phone.userId, slot: 'authentication', number}}}});
		return <PhoneNumberDialog title={phone.title} onSend={send} onCancel={onClose} display={display} width={width} />;
	}

	if (escalating !== undefined) {
		const send = (reason: string) => onRun({label: 'Escalate the ticket', group: 'Escalate', action: {kind: 'play', intent: {kind: 'escalate', to: escalating, reason}}});
		return <EscalateDialog to={escalating} onSend={send} onCancel={onClose} display={display} width={width} height={height} />;
	}

	const run = (entry: PaletteEntry) => {
		const {action} = entry;
		if (action.kind === 'escalate') {
			setEscalating(action.to);
		} else if (action.kind === 'set-phone') {
			setPhone({userId: action.userId, title: action.title});
		} else {
			onRun({...entry, action});
		}
	};

	return <CommandPalette commands={commands} onRun={run} onClose={onClose} display={display} width={width} height={height} />;
}
