import type {DisplayMode} from '../app/display.js';
import type {ClientAppLabel, SignInLogEntry, TraceStep} from '../../domain/state/logs.js';
import {sourceLinks, type SourceLink} from '../../domain/sign-in/source-links.js';
import {themeGlyphs} from '../theme.js';

/** The status filter values, in the order `s` cycles them (fact sheet 6.4). */
export const statusFilters = ['All', 'Success', 'Failure', 'Interrupted'] as const;
export type StatusFilter = (typeof statusFilters)[number];

/** Filters of the sign-in log. */
export type SignInFilters = {
	readonly status: StatusFilter;
	/** `All` or one client app label present in the log. */
	readonly clientApp: 'All' | ClientAppLabel;
	/** Part of the user's UPN, case-insensitive. */
	readonly user: string;
};

/** No filter at all. */
export const noSignInFilters: SignInFilters = {status: 'All', clientApp: 'All', user: ''};

/** The next value of a cycled filter. */
export function nextOf<T>(values: readonly T[], current: T): T {
	const index = values.indexOf(current);
	return values[(index + 1) % values.length] ?? current;
}

/** The client app labels present in the log, in first-seen order, after `All`. Pure. */
export function clientAppChoices(log: readonly SignInLogEntry[]): ReadonlyArray<'All' | ClientAppLabel> {
	return ['All', ...new Set(log.map((entry) => entry.clientApp))];
}

/** The log newest first, filtered by status, client app and user. Pure. */
export function filterSignIns(log: readonly SignInLogEntry[], filters: SignInFilters): readonly SignInLogEntry[] {
	const needle = filters.user.trim().toLowerCase();
	const rows: SignInLogEntry[] = [];
	for (let index = log.length - 1; index >= 0; index--) {
		const entry = log[index];
		if (
			entry !== undefined &&
			(filters.status === 'All' || entry.status === filters.status) &&
			(filters.clientApp === 'All' || entry.clientApp === filters.clientApp) &&
			(needle.length === 0 || entry.upn.toLowerCase().includes(needle))
		) {
			rows.push(entry);
		}
	}

	return rows;
}

/** The verdict mark of a diagnostic step, text so it reads without colour: `✓ ✗ – •`, or `ok x - *` without Unicode. Pure. */
export function verdictMark(verdict: TraceStep['verdict'], display: DisplayMode): string {
	const glyphs = themeGlyphs(display);
	switch (verdict) {
		case 'pass': {
			return glyphs.ok;
		}

		case 'fail': {
			return glyphs.fail;
		}

		case 'skip': {
			return glyphs.skip;
		}

		case 'info': {
			return glyphs.bullet;
		}
	}
}

/** `Multifactor authentication` / `Single-factor authentication`, as the Authentication Details tab says. */
export function requirementLabel(entry: SignInLogEntry): string {
	return entry.authenticationRequirement === 'multiFactorAuthentication' ? 'Multifactor authentication' : 'Single-factor authentication';
}

/**
 * The step that decided the outcome, for the diagnostic's "Learn more": the failing step of a failure; for
 * an interruption, or a failure only the result marks, the last check before the result that did something
 * (a registration interrupt, a challenge); for a success, the last check before the result (a bypass, the
 * verification, a single-factor requirement); else the result itself. Pure.
 */
export function decisiveStep(entry: SignInLogEntry): TraceStep | undefined {
	const checks = entry.trace.filter((step) => step.step !== 'result' && step.verdict !== 'skip');
	const decisive =
		entry.status === 'Success'
			? checks.at(-1)
			: (checks.find((step) => step.verdict === 'fail') ?? checks.findLast((step) => step.verdict === 'info'));
	return decisive ?? entry.trace.at(-1);
}

/**
 * The Microsoft Learn pages behind the decisive step, most specific first (`sourceLinks`). The result step
 * cites the error code's own row, so its first page is the AADSTS reference. When the step's citations lead
 * to no Microsoft page, those of the result. Never the fact sheet's section numbers: trainees don't have it. Pure.
 */
export function learnMoreLinks(entry: SignInLogEntry): readonly SourceLink[] {
	const code = entry.errorCode === 0 ? '' : `6.2 AADSTS${entry.errorCode}, `;
	const linksOf = (step: TraceStep) => sourceLinks(step.step === 'result' ? `${code}${step.source}` : step.source);
	const step = decisiveStep(entry);
	const links = step === undefined ? [] : linksOf(step);
	const result = entry.trace.findLast((each) => each.step === 'result');
	return links.length > 0 || result === undefined ? links : linksOf(result);
}

/**
 * The closing "why" of the sign-in diagnostic, read off the trace the evaluation recorded: the
 * decisive step of a failure or interruption (`decisiveStep`) with its error code, or what let a success through. Display only:
 * the outcome itself was decided by the domain. Built from the steps' `detail` (what Entra can know),
 * never their `worldCause` (what happened on the handset), nor the fact sheet sections they cite.
 */
export function diagnosticSummary(entry: SignInLogEntry): string {
	if (entry.status === 'Success') {
		const detail = entry.mfaResultDetail === undefined ? '' : ` ${entry.mfaResultDetail}.`;
		return `Why: every check passed and ${requirementLabel(entry).toLowerCase()} was satisfied.${detail}`;
	}

	// Exchange refused the request before Entra saw it (error code 0): there is no AADSTS code to quote.
	const code = entry.errorCode === 0 ? entry.failureReason : `AADSTS${entry.errorCode}: ${entry.failureReason}`;
	// The decisive step: the failing check, or what interrupted (a registration), before the result's sentence.
	const why = decisiveStep(entry)?.detail ?? entry.failureReason;
	// The result step's sentence already quotes the code: say it once.
	return code.length === 0 || why.includes(code) ? `Why: ${why}` : `Why: ${why} (${code})`;
}
