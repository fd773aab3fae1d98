import type {ReactNode} from 'react';
import {Box, Text, type Key} from 'ink';
import {borderStyleFor, paintBorder} from '../app/display.js';
import {useDisplay} from '../contexts/display-context.js';
import {plainText, theme, themeGlyphs} from '../theme.js';
import {useKeys} from './key-layers.js';
import {ToneText} from './tone-text.js';

/** Where a confirmation stands: asking, waiting for the domain, accepted, or refused. */
export type DialogPhase =
	| {readonly kind: 'confirm'}
	| {readonly kind: 'busy'}
	| {readonly kind: 'done'; readonly title: string; readonly message?: string}
	/** Refused: the message is the domain's sentence; its code stays out of the trainee's way (the debrief keeps it). */
	| {readonly kind: 'failed'; readonly title: string; readonly message: string; /** The way on, e.g. escalating a role refusal. */ readonly tip?: string};

/** Props of ConfirmDialog. */
export type ConfirmDialogProps = {
	readonly title: string;
	/** The body shown while asking. */
	readonly children?: ReactNode;
	/** The primary button, e.g. "enable multi-factor auth". */
	readonly confirmLabel: string;
	/** @default 'cancel' */
	readonly cancelLabel?: string;
	readonly phase: DialogPhase;
	readonly isActive: boolean;
	/** False greys the primary button out and draws it `( save )`, not `[ save ]` (e.g. an invalid form). @default true */
	readonly canConfirm?: boolean;
	/** `danger` draws the border in the fail tone. @default 'normal' */
	readonly tone?: 'normal' | 'danger';
	readonly onConfirm: () => void;
	/** Cancel while asking, or close after the result. */
	readonly onClose: () => void;
	/** Keys other than Enter and Esc while asking (checkbox moves, typing). */
	readonly onKey?: (input: string, key: Key) => void;
	/** The dialog holds a text field (`onKey` types into it), so a paste reaches it whole. @default false */
	readonly hasTextField?: boolean;
	/** Extra content under the result (e.g. a temporary password to read out). */
	readonly resultExtra?: ReactNode;
};

/** Keys of a confirmation: Enter presses the primary button, Esc cancels or closes. */
export function useConfirmDialogKeys({isActive, phase, canConfirm = true, onConfirm, onClose, onKey, hasTextField = false}: Pick<ConfirmDialogProps, 'isActive' | 'phase' | 'canConfirm' | 'onConfirm' | 'onClose' | 'onKey' | 'hasTextField'>): void {
	useKeys(
		(input, key) => {
			if (phase.kind === 'busy') {
				return;
			}

			if (phase.kind !== 'confirm') {
				if (key.return || key.escape) {
					onClose();
				}

				return;
			}

			if (key.escape) {
				onClose();
			} else if (key.return) {
				if (canConfirm) {
					onConfirm();
				}
			} else {
				onKey?.(input, key);
			}
		},
		{isActive, isTyping: hasTextField && phase.kind === 'confirm'},
	);
}

/** A button: `[ save ]`, or `( save )` greyed when it can't be pressed, like the command bar's greyed commands. */
function Button({label, isPrimary, isDisabled = false}: {readonly label: string; readonly isPrimary: boolean; readonly isDisabled?: boolean}) {
	const tone = isDisabled ? theme.text.muted : isPrimary ? theme.focus : undefined;
	return (
		<ToneText bold={isPrimary && !isDisabled} tone={tone}>
			{isDisabled ? `( ${label} )` : `[ ${label} ]`}
		</ToneText>
	);
}

/**
 * A bordered confirmation that walks through asking, updating and the result ("Updates
 * successful" or the domain's refusal in its words), like the portal's modal dialogs.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
	const {title, children, confirmLabel, cancelLabel = 'cancel', phase, canConfirm = true, tone = 'normal', resultExtra} = props;
	useConfirmDialogKeys(props);
	const display = useDisplay();
	const glyphs = themeGlyphs(display);
	const borderTone = phase.kind === 'failed' || tone === 'danger' ? theme.border.danger : theme.border.dialog;
	return (
		<Box flexDirection="column" borderStyle={borderStyleFor(display)} {...paintBorder(display, borderTone)} paddingX={1}>
			{phase.kind === 'confirm' ? (
				<>
					<ToneText bold tone={theme.text.heading}>
						{title}
					</ToneText>
					{children}
					<Box marginTop={1} columnGap={2}>
						<Button label={confirmLabel} isPrimary isDisabled={!canConfirm} />
						<Button label={cancelLabel} isPrimary={false} />
					</Box>
					<ToneText tone={theme.text.muted}>
						Enter {confirmLabel} {glyphs.dot} Esc {cancelLabel}
					</ToneText>
				</>
			) : null}
			{phase.kind === 'busy' ? (
				<>
					<ToneText bold tone={theme.text.heading}>
						{title}
					</ToneText>
					<ToneText tone={theme.status.info}>Updating{glyphs.ellipsis}</ToneText>
				</>
			) : null}
			{phase.kind === 'done' ? (
				<>
					<ToneText bold tone={theme.status.ok}>
						{glyphs.ok} {phase.title}
					</ToneText>
					{phase.message === undefined ? null : <Text>{phase.message}</Text>}
					{resultExtra}
					<Box marginTop={1}>
						<Button label="close" isPrimary />
					</Box>
				</>
			) : null}
			{phase.kind === 'failed' ? (
				<>
					<ToneText bold tone={theme.status.fail}>
						{glyphs.fail} {phase.title}
					</ToneText>
					<Text>{plainText(phase.message, display)}</Text>
					{phase.tip === undefined ? null : <ToneText tone={theme.text.muted}>{phase.tip}</ToneText>}
					<Box marginTop={1}>
						<Button label="close" isPrimary />
					</Box>
				</>
			) : null}
		</Box>
	);
}
