import {useMemo} from 'react';
import type {SimState} from '../../domain/state/sim-state.js';
import {CheckOverlay, type CheckState} from './check-overlay.js';
import {ConfirmDialog} from './confirm-dialog.js';
import type {KeyHint} from '../key-bindings.js';
import type {DisplayMode} from './display.js';
import {actorRoles} from './header.js';
import {HelpOverlay} from './help-overlay.js';
import {HintOverlay, type RevealedHint} from './hint-overlay.js';
import {paletteCommands, type PaletteCommand} from './palette-commands.js';
import {PaletteOverlay} from './palette-overlay.js';
import type {AdminScreenMap} from './placeholder-screen.js';
import {screens, type ScreenId} from './screens.js';
import {adminScreenHints} from './workspace-hints.js';
import {useUnsavedServiceSettings} from '../admin/use-followed-settings-form.js';

/** What a yes/no question confirms. */
export type ConfirmAction = 'reset' | 'quit' | 'hint' | 'submit' | 'give-up';

/** What covers the body: nothing, the help, the palette, a yes/no question, the "check my fix" results, or a hint just revealed. */
export type Overlay =
	| {readonly kind: 'none'}
	| {readonly kind: 'help'}
	| {readonly kind: 'palette'}
	| {readonly kind: 'confirm'; readonly action: ConfirmAction}
	| {readonly kind: 'check'; readonly check: CheckState}
	/** The hint just revealed, over whatever screen it was asked for on. */
	| {readonly kind: 'hint'; readonly hint: RevealedHint}
	/** The person's registration as a QR code, full screen (the workspace draws it). */
	| {readonly kind: 'enrol'}
	/** Typing a code from the trainee's own app, real time (the workspace draws it). */
	| {readonly kind: 'code'};

/** What the questions need to know: the next hint's number and cost, whether a scenario is being played. */
export type QuestionContext = {readonly nextHint?: {readonly number: number; readonly of: number; readonly cost: number}; readonly playing: boolean};

/** The question and its detail for each confirmation. Pure. */
export function questionOf(action: ConfirmAction, context: QuestionContext): {readonly question: string; readonly detail: string} {
	switch (action) {
		case 'reset': {
			return {question: 'Reset the scenario?', detail: 'Every action is undone and the clock goes back to the start. Revealed hints stay revealed.'};
		}

		case 'quit': {
			return {question: 'Quit the workspace?', detail: context.playing ? 'You go back to the scenario list; this attempt is kept there, and you can resume it.' : 'You leave this scenario now.'};
		}

		case 'hint': {
			const hint = context.nextHint;
			return hint === undefined
				? {question: 'No more hints.', detail: ''}
				: {question: `Reveal hint ${hint.number} of ${hint.of}?`, detail: `It costs ${hint.cost} point${hint.cost === 1 ? '' : 's'}. Revealed hints stay revealed, even after undo or reset.`};
		}

		case 'submit': {
			return {question: 'Submit your fix for grading?', detail: 'The attempt ends: the tenant is graded as it is now and the debrief opens.'};
		}

		case 'give-up': {
			return {question: 'Give up this scenario?', detail: 'The attempt ends; unless the tenant already meets the goal with no red flag raised, it is recorded as failed. The debrief shows what was wrong and the reference solution.'};
		}
	}
}

/** Props of Overlays. */
export type OverlaysProps = {
	readonly overlay: Exclude<Overlay, {readonly kind: 'none' | 'enrol' | 'code'}>;
	readonly state: SimState;
	readonly screen: ScreenId;
	readonly adminScreens: AdminScreenMap;
	/** The hints an admin screen reported for a view opened inside it (the help lists them instead of its own). */
	readonly screenHints?: readonly KeyHint[] | undefined;
	/** Extra palette commands (hints, check my fix, submit, give up while a scenario is played). */
	readonly extraCommands: readonly PaletteCommand[];
	readonly questions: QuestionContext;
	readonly onClose: () => void;
	readonly onRun: (command: PaletteCommand) => void;
	readonly onConfirm: (action: ConfirmAction, yes: boolean) => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
};

/** Draws the open overlay in place of the menu and the screen. */
export function Overlays({overlay, state, screen, adminScreens, screenHints, extraCommands, questions, onClose, onRun, onConfirm, display, width, height}: OverlaysProps) {
	const commands = useMemo(() => (overlay.kind === 'palette' ? [...extraCommands, ...paletteCommands(state)] : []), [overlay.kind, state, extraCommands]);
	const unsaved = useUnsavedServiceSettings(state.tenant.settings);
	const unsavedNote = unsaved.length === 0 ? undefined : `Not saved, so not part of this: your changes to ${unsaved.join(', ')} on the MFA page's service settings (save them there with s).`;
	switch (overlay.kind) {
		case 'palette': {
			return <PaletteOverlay commands={commands} onRun={onRun} onClose={onClose} display={display} width={width} height={height} />;
		}

		case 'help': {
			const isAdmin = screen === 'active-users' || screen === 'mfa-page' || screen === 'sign-in-logs' || screen === 'audit-log';
			const title = screens.find((each) => each.id === screen)?.label ?? screen;
			const hints = isAdmin ? adminScreenHints(adminScreens, screen, screenHints, display.unicode) : [];
			return <HelpOverlay screenTitle={`On this screen (${title})`} screenHints={hints} playing={questions.playing} roles={actorRoles(state)} onClose={onClose} display={display} width={width} height={height} />;
		}

		case 'confirm': {
			const {question, detail} = questionOf(overlay.action, questions);
			const graded = overlay.action === 'submit' || overlay.action === 'give-up';
			return <ConfirmDialog question={question} detail={graded && unsavedNote !== undefined ? `${detail} ${unsavedNote}` : detail} onAnswer={(yes) => onConfirm(overlay.action, yes)} display={display} width={width} />;
		}

		case 'check': {
			return <CheckOverlay check={overlay.check} {...(unsavedNote === undefined ? {} : {note: unsavedNote})} onClose={onClose} display={display} width={width} height={height} />;
		}

		case 'hint': {
			return <HintOverlay hint={overlay.hint} onClose={onClose} display={display} width={width} height={height} />;
		}
	}
}
