import type {ReactNode} from 'react';
import type {Key} from 'ink';
import type {Turn} from '../../domain/session/play-session.js';
import type {AdminIntent} from '../../services/admin-service.js';
import type {SessionIntent} from '../../services/session-service.js';
import {ConfirmDialog} from '../components/confirm-dialog.js';
import {phaseOf, useIntentQueue} from './use-intent-queue.js';

/** What a command dialog asks and what it dispatches on confirm. */
export type CommandSpec = {
	readonly title: string;
	readonly body: ReactNode;
	readonly confirmLabel: string;
	/** @default 'cancel' */
	readonly cancelLabel?: string;
	readonly tone?: 'normal' | 'danger';
	/** Played in order on confirm; the first refusal stops the rest. */
	readonly intents: readonly AdminIntent[];
	/** @default 'Updates successful' */
	readonly successTitle?: string;
	readonly successMessage?: string;
	/** Extra result content built from the accepted turns (e.g. the temporary password). */
	readonly renderResult?: (turns: readonly Turn<SessionIntent>[]) => ReactNode;
};

/** Props of CommandDialog. */
export type CommandDialogProps = {
	readonly spec: CommandSpec;
	readonly isActive: boolean;
	readonly onClose: () => void;
	readonly canConfirm?: boolean;
	readonly onKey?: (input: string, key: Key) => void;
	/** `onKey` types into a text field (see ConfirmDialog). */
	readonly hasTextField?: boolean;
	/** Overrides the spec's intents at confirm time (forms build them from their fields). */
	readonly buildIntents?: () => readonly AdminIntent[];
};

/**
 * A confirmation that dispatches admin intents and shows what the domain said: "Updates
 * successful", or the refusal's code and sentence, in the same dialog.
 */
export function CommandDialog({spec, isActive, onClose, canConfirm = true, onKey, hasTextField = false, buildIntents}: CommandDialogProps) {
	const queue = useIntentQueue();
	const {outcome} = queue;
	const close = () => {
		queue.clear();
		onClose();
	};

	return (
		<ConfirmDialog
			title={spec.title}
			confirmLabel={spec.confirmLabel}
			cancelLabel={spec.cancelLabel ?? 'cancel'}
			tone={spec.tone ?? 'normal'}
			phase={phaseOf(outcome, spec.successTitle, spec.successMessage)}
			isActive={isActive}
			canConfirm={canConfirm}
			resultExtra={outcome.kind === 'done' && spec.renderResult ? spec.renderResult(outcome.turns) : undefined}
			onConfirm={() => {
				queue.run(buildIntents ? buildIntents() : spec.intents);
			}}
			onClose={close}
			{...(onKey === undefined ? {} : {onKey})}
			hasTextField={hasTextField}
		>
			{spec.body}
		</ConfirmDialog>
	);
}
