import {Box, Text} from 'ink';
import type {Era} from '../../domain/common/era.js';
import type {Turn} from '../../domain/session/play-session.js';
import type {User} from '../../domain/tenant/user.js';
import type {SessionIntent} from '../../services/session-service.js';
import {ToneText} from '../components/tone-text.js';
import {theme} from '../theme.js';
import type {CommandSpec} from './command-dialog.js';
import type {HardwareTokenRow, MethodRow} from './method-rows.js';

function describe(user: User): string {
	return `${user.displayName} (${user.upn})`;
}

/** The temporary password of an accepted reset, read from the turn's resolved input (held in memory only). */
export function temporaryPasswordOf(turns: readonly Turn<SessionIntent>[]): string | undefined {
	for (const turn of turns) {
		if (turn.input.kind === 'admin' && turn.input.command.type === 'reset-password') {
			return turn.input.command.temporaryPassword;
		}
	}

	return undefined;
}

/** Reset password: the result shows the temporary password once, since the admin reads it to the user. */
export function resetPasswordSpec(user: User): CommandSpec {
	return {
		title: 'Reset password',
		body: <Text>Reset the password of {describe(user)}? A temporary password is created automatically; the user must change it at next sign-in. App passwords are not revoked.</Text>,
		confirmLabel: 'reset password',
		intents: [{type: 'reset-password', userId: user.id}],
		successTitle: 'Password reset',
		renderResult(turns) {
			const password = temporaryPasswordOf(turns);
			return password === undefined ? null : (
				<Box flexDirection="column" marginTop={1}>
					<Text>
						Temporary password:{' '}
						<ToneText bold tone={theme.status.warn}>
							{password}
						</ToneText>
					</Text>
					<ToneText tone={theme.text.muted}>Read it to the user now: it is shown only once.</ToneText>
				</Box>
			);
		},
	};
}

/** Require re-register multifactor authentication, with the era's effect (fact sheet 7.3, 10). */
export function requireReRegisterSpec(user: User, era: Era): CommandSpec {
	const effect = era.reRegisterDeletesMethods
		? "This deletes the user's phone numbers, Microsoft Authenticator registrations and software OATH tokens and deactivates hardware OATH tokens; they set up a new method at next sign-in. App passwords stay."
		: 'The user must register again at next sign-in; registered methods are kept. App passwords stay.';
	return {
		title: 'Require re-register multifactor authentication',
		body: <Text>{`${describe(user)}: ${effect}`}</Text>,
		confirmLabel: 'require re-register',
		tone: 'danger',
		intents: [{type: 'require-re-register-mfa', userId: user.id}],
	};
}

/** Revoke multifactor authentication sessions (fact sheet 7.3). */
export function revokeMfaSessionsSpec(user: User): CommandSpec {
	return {
		title: 'Revoke multifactor authentication sessions',
		body: <Text>{`Clear the remembered MFA sessions of ${describe(user)}? MFA is needed again the next time policy requires it on each device. Refresh tokens stay valid.`}</Text>,
		confirmLabel: 'revoke MFA sessions',
		intents: [{type: 'revoke-mfa-sessions', userId: user.id}],
	};
}

/** Revoke sessions (invalidate refresh tokens, fact sheet 7.3). */
export function revokeSessionsSpec(user: User): CommandSpec {
	return {
		title: 'Revoke sessions',
		body: <Text>{`Sign ${describe(user)} out of every session? Apps must sign in again; later token refreshes fail with AADSTS50173. Remembered-MFA cookies are not cleared.`}</Text>,
		confirmLabel: 'revoke sessions',
		intents: [{type: 'revoke-sessions', userId: user.id}],
	};
}

/** Block sign-in / Unblock sign-in (accountEnabled). */
export function blockSignInSpec(user: User): CommandSpec {
	const blocked = !user.accountEnabled;
	return {
		title: blocked ? 'Unblock sign-in' : 'Block sign-in',
		body: <Text>{blocked ? `Allow ${describe(user)} to sign in again?` : `Block ${describe(user)} from signing in? Every sign-in fails with AADSTS50057 until unblocked.`}</Text>,
		confirmLabel: blocked ? 'unblock sign-in' : 'block sign-in',
		tone: blocked ? 'normal' : 'danger',
		intents: [{type: 'set-sign-in-blocked', userId: user.id, blocked: !blocked}],
	};
}

/** Activate a hardware OATH token: the user reads the code the token shows now. */
export function activateTokenSpec(user: User, row: HardwareTokenRow): CommandSpec {
	return {
		title: 'Activate hardware OATH token',
		body: <Text>{`Activate ${row.detail} for ${describe(user)}: the user reads you the code the token shows now.`}</Text>,
		confirmLabel: 'activate',
		intents: [{type: 'activate-hardware-token', userId: user.id, tokenId: row.methodId}],
	};
}

/** Delete one method: a phone (its slot is emptied) or an app or token. */
export function deleteMethodSpec(user: User, row: MethodRow): CommandSpec {
	return {
		title: 'Delete authentication method',
		body: <Text>{`Delete ${row.method} ${row.detail} of ${describe(user)}?`}</Text>,
		confirmLabel: 'delete',
		tone: 'danger',
		intents: [row.kind === 'phone' ? {type: 'set-phone-method', userId: user.id, slot: row.slot, number: null} : {type: 'delete-method', userId: user.id, methodId: row.methodId}],
	};
}
