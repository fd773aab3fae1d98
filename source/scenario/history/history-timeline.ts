import {MINUTE, type Instant} from '../../domain/common/time.js';
import {instantOf} from '../build-tenant.js';
import type {IssuePath} from '../issues.js';
import {personOf} from '../resolve-person.js';
import type {HistoryEvent, HistoryTiming} from '../schema/history-schema.js';
import type {TenantFixture} from '../schema/tenant-fixture-schema.js';
import type {UserInput} from '../schema/user-schema.js';
import {durationMinutes} from '../step-intent.js';

/** One occurrence of a history event at its instant, with where it is written (for messages). */
export type TimedHistoryEvent = {
	readonly at: Instant;
	readonly event: HistoryEvent;
	/** `['history', 3]`, or the `recentTelephonyAttempts` entry it stands for. */
	readonly path: IssuePath;
};

/** Milliseconds between repetitions of an event (`every`, default one minute). */
function everyMs(timing: HistoryTiming): number {
	return (durationMinutes(timing.every ?? '1m') ?? 1) * MINUTE;
}

/** The instants an event happened at: its time, then `times - 1` more, `every` apart. */
export function eventInstants(timing: HistoryTiming, startsAt: Instant): Instant[] {
	const first = timing.at === undefined ? startsAt - (timing.minutesBeforeStart ?? 0) * MINUTE : instantOf(timing.at);
	const gap = everyMs(timing);
	return Array.from({length: timing.times ?? 1}, (_, index) => first + index * gap);
}

/**
 * The client a seeded text or call was challenged on: a browser, else a modern app (Teams). A Basic-auth client
 * never gets a challenge, so a person with neither cannot have received one (the checks report it).
 */
export function telephonyClient(fixture: TenantFixture, user: UserInput): string | undefined {
	const clients = personOf(fixture, user).clients;
	return (clients.find((client) => client.kind === 'browser') ?? clients.find((client) => client.kind === 'modern-app'))?.id;
}

/**
 * `recentTelephonyAttempts` as history: each text or call is a browser sign-in that challenged with it while the
 * phone had no signal, so Entra sent it (the throttle counts it) and the person never used it. Invented: the field
 * says only that they were sent; "no signal" is the one reason that fits both a text and a call and leaves the
 * phone as the scenario describes it now.
 */
function telephonySugar(fixture: TenantFixture, user: UserInput): TimedHistoryEvent[] {
	const client = telephonyClient(fixture, user);
	if (client === undefined) {
		return [];
	}

	return (user.recentTelephonyAttempts ?? []).map((attempt, position) => {
		const method = attempt.kind;
		const event: HistoryEvent = {
			user: user.id,
			did: 'sign-in',
			client,
			...(user.defaultMethod === method ? {} : {method}),
			phone: {hasSignal: false},
			minutesBeforeStart: attempt.minutesBeforeStart,
		};
		return {at: Number.NaN, event, path: ['tenant', 'users', user.id, 'recentTelephonyAttempts', position]};
	});
}

/**
 * Every occurrence of the scenario's history (and of `recentTelephonyAttempts`) in time order; events at the same
 * instant keep the order they are written in, `history:` first.
 */
export function historyTimeline(history: readonly HistoryEvent[] | undefined, merged: TenantFixture, startsAt: Instant): TimedHistoryEvent[] {
	const timed: TimedHistoryEvent[] = [];
	for (const [index, event] of (history ?? []).entries()) {
		for (const at of eventInstants(event, startsAt)) {
			timed.push({at, event, path: ['history', index]});
		}
	}

	for (const user of merged.users) {
		if (user.recentTelephonyAttempts !== undefined) {
			for (const each of telephonySugar(merged, user)) {
				timed.push({...each, at: eventInstants(each.event, startsAt)[0]!});
			}
		}
	}

	return timed.toSorted((a, b) => a.at - b.at);
}
