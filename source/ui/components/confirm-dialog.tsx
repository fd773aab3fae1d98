import type {ReactNode} from 'react';
import {Box, Text, type Key} from 'ink';
import {colorProps, theme} from '../theme.js';
import {useKeys} from './key-layers.js';

/** Where a confirmation stands: asking, waiting for the domain, accepted, or refused. */
export type DialogPhase =
	| {readonly kind: 'confirm'}
	| {readonly kind: 'busy'}
	| {readonly kind: 'done'; readonly title: string; readonly message?: string}
	| {readonly kind: 'failed'; readonly title: string; readonly code: string; readonly message: string};

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
	/** False greys the primary button out (e.g. an invalid form). @default true */
	readonly canConfirm?: boolean;
	/** `danger` draws the border in the fail colour. @default 'normal' */
	readonly tone?: 'normal' | 'danger';
	readonly onConfirm: () => void;
	/** Cancel while asking, or close after the result. */
	readonly onClose: () => void;
	/** Keys other than Enter and Esc while asking (checkbox moves, typing). */
	readonly onKey?: (input: string, key: Key) => void;
	/** Extra content under the result (e.g. a temporary password to read out). */
	readonly resultExtra?: ReactNode;
};

/** Keys of a confirmation: Enter presses the primary button, Esc cancels or closes. */
export function useConfirmDialogKeys({isActive, phase, canConfirm = true, onConfirm, onClose, onKey}: Pick<ConfirmDialogProps, 'isActive' | 'phase' | 'canConfirm' | 'onConfirm' | 'onClose' | 'onKey'>): void {
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
		{isActive},
	);
}

function Button({label, isPrimary, isDisabled = false}: {readonly label: string; readonly isPrimary: boolean; readonly isDisabled?: boolean}) {
	const color = isDisabled ? theme.text.muted : isPrimary ? theme.focus : undefined;
	return (
		<Text bold={isPrimary && !isDisabled} {...colorProps(color)}>
			[ {label} ]
		</Text>
	);
}

/**
 * A bordered confirmation that walks through asking, updating and the result ("Updates
 * successful" or the domain's refusal with its code), like the portal's modal dialogs.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
	const {title, children, confirmLabel, cancelLabel = 'cancel', phase, canConfirm = true, tone = 'normal', resultExtra} = props;
	useConfirmDialogKeys(props);
	const borderColor = phase.kind === 'failed' || tone === 'danger' ? theme.border.danger : theme.border.dialog;
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={borderColor} paddingX={1}>
			{phase.kind === 'confirm' ? (
				<>
					<Text bold color={theme.text.heading}>
						{title}
					</Text>
					{children}
					<Box marginTop={1} columnGap={2}>
						<Button label={confirmLabel} isPrimary isDisabled={!canConfirm} />
						<Button label={cancelLabel} isPrimary={false} />
					</Box>
					<Text color={theme.text.muted}>
						Enter {confirmLabel} · Esc {cancelLabel}
					</Text>
				</>
			) : null}
			{phase.kind === 'busy' ? (
				<>
					<Text bold color={theme.text.heading}>
						{title}
					</Text>
					<Text color={theme.status.info}>Updating…</Text>
				</>
			) : null}
			{phase.kind === 'done' ? (
				<>
					<Text bold color={theme.status.ok}>
						✓ {phase.title}
					</Text>
					{phase.message === undefined ? null : <Text>{phase.message}</Text>}
					{resultExtra}
					<Box marginTop={1}>
						<Button label="close" isPrimary />
					</Box>
				</>
			) : null}
			{phase.kind === 'failed' ? (
				<>
					<Text bold color={theme.status.fail}>
						✗ {phase.title}
					</Text>
					<Text color={theme.status.fail}>{phase.code}</Text>
					<Text>{phase.message}</Text>
					<Box marginTop={1}>
						<Button label="close" isPrimary />
					</Box>
				</>
			) : null}
		</Box>
	);
}
