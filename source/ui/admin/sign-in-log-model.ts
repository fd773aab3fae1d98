import type {ClientAppLabel, SignInLogEntry, TraceStep} from '../../domain/state/logs.js';

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

/** The verdict mark of a diagnostic step; text so it reads without colour. */
export const verdictMarks: Readonly<Record<TraceStep['verdict'], string>> = {pass: '✓', fail: '✗', skip: '–', info: '•'};

/** `Multifactor authentication` / `Single-factor authentication`, as the Authentication Details tab says. */
export function requirementLabel(entry: SignInLogEntry): string {
	return entry.authenticationRequirement === 'multiFactorAuthentication' ? 'Multifactor authentication' : 'Single-factor authentication';
}

/**
 * The closing "why" of the sign-in diagnostic, read off the trace the evaluation recorded: the
 * first failing step for a failure or interruption, or what let a success through. Display only:
 * the outcome itself was decided by the domain.
 */
export function diagnosticSummary(entry: SignInLogEntry): string {
	const failed = entry.trace.find((step) => step.verdict === 'fail' && step.step !== 'result') ?? entry.trace.find((step) => step.verdict === 'fail');
	if (entry.status === 'Success') {
		const detail = entry.mfaResultDetail === undefined ? '' : ` ${entry.mfaResultDetail}.`;
		return `Why: every check passed and ${requirementLabel(entry).toLowerCase()} was satisfied.${detail}`;
	}

	const code = `AADSTS${entry.errorCode}: ${entry.failureReason}`;
	if (failed === undefined) {
		const last = entry.trace.at(-1);
		return `Why: ${last?.detail ?? entry.failureReason} (${code})`;
	}

	return `Why: ${failed.detail} (${code}; fact sheet ${failed.source})`;
}
