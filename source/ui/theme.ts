import type {SignInStatus, TraceStep} from '../domain/state/logs.js';
import type {PerUserMfaState} from '../domain/tenant/user.js';

/**
 * Semantic colour tokens: components name a meaning (`theme.status.fail`), never a raw colour.
 * Values are Ink colour names; with NO_COLOR / FORCE_COLOR=0 chalk drops them, so every meaning
 * carried by colour is also carried by text (a marker, a word) in the components.
 */
export const theme = {
	status: {ok: 'green', warn: 'yellow', fail: 'red', info: 'cyan'},
	text: {muted: 'gray', heading: 'cyan', label: 'blue', value: 'white'},
	/** The row or field under the cursor. */
	focus: 'cyan',
	/** Rows picked for a bulk action. */
	selection: 'magenta',
	/** Per-user MFA status badges. */
	mfa: {disabled: 'gray', enabled: 'yellow', enforced: 'green'},
	border: {panel: 'gray', dialog: 'cyan', danger: 'red'},
	/** Sign-in diagnostic step verdicts. */
	verdict: {pass: 'green', fail: 'red', skip: 'gray', info: 'cyan'},
	badge: {role: 'magenta', guest: 'blue'},
} as const;

/** Colour of a per-user MFA status value. */
export function mfaColor(state: PerUserMfaState): string {
	return theme.mfa[state];
}

/** Colour of a sign-in log status. */
export function signInStatusColor(status: SignInStatus): string {
	switch (status) {
		case 'Success': {
			return theme.status.ok;
		}

		case 'Failure': {
			return theme.status.fail;
		}

		case 'Interrupted': {
			return theme.status.warn;
		}
	}
}

/** Colour of a diagnostic verdict mark. */
export function verdictColor(verdict: TraceStep['verdict']): string {
	return theme.verdict[verdict];
}

/** Ink's `color` prop from an optional token: `{}` when there is none (strict optional props). */
export function colorProps(color: string | undefined): {readonly color?: string} {
	return color === undefined ? {} : {color};
}
