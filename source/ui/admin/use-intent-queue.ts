import {useCallback, useEffect, useState} from 'react';
import type {Rejection} from '../../domain/common/rejection.js';
import type {Turn} from '../../domain/session/play-session.js';
import type {AdminIntent} from '../../services/admin-service.js';
import type {SessionIntent} from '../../services/session-service.js';
import {useSessionActions, useSessionView} from '../contexts/session-context.js';
import type {DialogPhase} from '../components/confirm-dialog.js';
import {escalationTipFor} from '../app/escalation-tip.js';

/** Where a queue of admin intents stands. */
export type QueueOutcome =
	| {readonly kind: 'idle'}
	| {readonly kind: 'running'}
	| {readonly kind: 'done'; readonly turns: readonly Turn<SessionIntent>[]}
	/** The domain refused intent number `index`; the ones after it were not played. */
	| {readonly kind: 'rejected'; readonly rejection: Rejection; readonly index: number}
	/** A service threw (a bug, not a refusal). */
	| {readonly kind: 'error'; readonly message: string};

type Job = {
	readonly intents: readonly AdminIntent[];
	/** How many turns the session had when the job started: our turns follow it. */
	readonly base: number;
	/** How many intents have been handed to `play`. */
	readonly launched: number;
	readonly error?: string;
};

/** What `useIntentQueue` gives a dialog. */
export type IntentQueue = {
	readonly outcome: QueueOutcome;
	/** Plays the intents one by one, stopping at the first refusal. */
	readonly run: (intents: readonly AdminIntent[]) => void;
	readonly clear: () => void;
};

/**
 * Plays admin intents through the session, one turn each, and reads their results back from the
 * session's turns (the refusal a turn carries, or the turn itself). The screen never decides an
 * outcome: the domain does, and this only reports it. Undoing one of its turns cancels the job.
 */
export function useIntentQueue(): IntentQueue {
	const {session, busy} = useSessionView();
	const {play} = useSessionActions();
	const [job, setJob] = useState<Job | undefined>(undefined);
	const total = session.turns.length;
	const ours = job === undefined || total < job.base ? [] : session.turns.slice(job.base, job.base + job.intents.length);
	const rejectedIndex = ours.findIndex((turn) => turn.rejection !== undefined);
	const completed = ours.length;

	useEffect(() => {
		// One intent in flight at a time: the next starts once the previous turn is in the session.
		if (job === undefined || job.error !== undefined || total < job.base || rejectedIndex >= 0 || job.launched > completed || completed >= job.intents.length) {
			return;
		}

		const intent = job.intents[completed];
		if (intent === undefined) {
			return;
		}

		const started = {...job, launched: completed + 1};
		setJob(started);
		play({kind: 'admin', intent}).catch((error: unknown) => {
			setJob((current) => (current === started ? {...current, error: error instanceof Error ? error.message : String(error)} : current));
		});
	}, [job, total, completed, rejectedIndex, play]);

	const run = useCallback(
		(intents: readonly AdminIntent[]) => {
			setJob({intents, base: total, launched: 0});
		},
		[total],
	);
	const clear = useCallback(() => {
		setJob(undefined);
	}, []);

	return {outcome: outcomeOf(job, total, busy, ours, rejectedIndex), run, clear};
}

function outcomeOf(job: Job | undefined, total: number, busy: boolean, ours: readonly Turn<SessionIntent>[], rejectedIndex: number): QueueOutcome {
	// A turn of ours that is gone while nothing is in flight was undone (or the session was reset).
	if (job === undefined || total < job.base || (job.launched > ours.length && !busy && job.error === undefined)) {
		return {kind: 'idle'};
	}

	if (job.error !== undefined) {
		return {kind: 'error', message: job.error};
	}

	const rejection = ours[rejectedIndex]?.rejection;
	if (rejection !== undefined) {
		return {kind: 'rejected', rejection, index: rejectedIndex};
	}

	return ours.length >= job.intents.length ? {kind: 'done', turns: ours} : {kind: 'running'};
}

/** The dialog phase for a queue outcome, with the portal's "Updates successful" on success. */
export function phaseOf(outcome: QueueOutcome, successTitle = 'Updates successful', successMessage?: string): DialogPhase {
	switch (outcome.kind) {
		case 'idle': {
			return {kind: 'confirm'};
		}

		case 'running': {
			return {kind: 'busy'};
		}

		case 'done': {
			return successMessage === undefined ? {kind: 'done', title: successTitle} : {kind: 'done', title: successTitle, message: successMessage};
		}

		case 'rejected': {
			const tip = escalationTipFor(outcome.rejection);
			return {kind: 'failed', title: 'Updates failed', message: outcome.rejection.message, ...(tip === undefined ? {} : {tip})};
		}

		case 'error': {
			return {kind: 'failed', title: 'Updates failed', message: outcome.message};
		}
	}
}
