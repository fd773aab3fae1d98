import type {UserId} from '../../domain/common/ids.js';
import type {Rejection} from '../../domain/common/rejection.js';
import type {Instant} from '../../domain/common/time.js';
import type {RandomSource} from '../../domain/ports.js';
import {applyInput, inputDurations, type ResolvedInput} from '../../domain/session/resolved-input.js';
import type {SimState} from '../../domain/state/sim-state.js';
import type {IssuePath} from '../issues.js';
import {withConditions} from './history-conditions.js';
import {pendingHashPrefix, resolveHistoryEvent, type HistorySecrets} from './history-input.js';
import type {TimedHistoryEvent} from './history-timeline.js';

/** A password history set whose hash the session service computes before play (one argon2 hash). */
export type PendingPassword = {readonly userId: UserId; readonly secret: string};

/** A history event the engine refused: an authoring mistake `mfadesk lint` reports (it changed nothing). */
export type HistoryRefusal = {readonly path: IssuePath; readonly at: Instant; readonly rejection: Rejection};

/** The state after history, at startsAt, with what still needs hashing and what the engine refused. */
export type FoldedHistory = {
	readonly state: SimState;
	readonly pendingPasswords: readonly PendingPassword[];
	readonly refusals: readonly HistoryRefusal[];
};

function durationOf(input: ResolvedInput): number {
	return input.kind === 'wait' ? input.milliseconds : inputDurations[input.kind];
}

/**
 * Plays what happened before the ticket through the session fold (`applyInput`), exactly as trainee inputs are
 * played: the same evaluation, codes, MFA result details, traces and audit rows. For each occurrence the clock is
 * set back so the input takes effect at its instant (inputs act after their duration), an admin event acts as its
 * `by` admin, and a sign-in's conditions hold for that attempt only. Afterwards the clock is at `startsAt` and the
 * trainee's account is the actor again. Pure: the same state, timeline and seeded generator give the same result.
 * History is not a session: it has no turns, so nothing of it counts towards par, undo or the transcript.
 */
export function foldHistory(initial: SimState, timeline: readonly TimedHistoryEvent[], random: RandomSource, startsAt: Instant): FoldedHistory {
	if (timeline.length === 0) {
		return {state: initial, pendingPasswords: [], refusals: []};
	}

	const secrets: HistorySecrets = {passwords: new Map(), before: initial};
	const refusals: HistoryRefusal[] = [];
	let state = initial;
	for (const {at, event, path} of timeline) {
		const {input, conditions} = resolveHistoryEvent(state, event, at, random, secrets);
		const actorId = 'admin' in event ? event.by : initial.actorId;
		const timed: SimState = {...state, now: at - durationOf(input), actorId};
		const moment = conditions !== undefined && input.kind === 'sign-in' ? withConditions(timed, input.attempt.userId, input.attempt.clientId, conditions) : {state: timed, restore: (after: SimState) => after};
		const result = applyInput(moment.state, input);
		state = {...moment.restore(result.state), actorId: initial.actorId};
		if (result.rejection) {
			refusals.push({path, at, rejection: result.rejection});
		}
	}

	// A user whose hash is still a placeholder at the end needs the real hash of that password before play.
	const pendingPasswords: PendingPassword[] = [];
	if (secrets.passwords.size > 0) {
		for (const user of Object.values(state.tenant.users)) {
			const secret = user.passwordHash.startsWith(pendingHashPrefix) ? secrets.passwords.get(user.passwordHash) : undefined;
			if (secret !== undefined) {
				pendingPasswords.push({userId: user.id, secret});
			}
		}
	}

	return {state: {...state, now: startsAt}, pendingPasswords, refusals};
}
