import {Box, Text} from 'ink';
import type {Instant} from '../../domain/common/time.js';
import {roleLabels} from '../../domain/tenant/roles.js';
import {perUserMfaLabels, type User} from '../../domain/tenant/user.js';
import {colorProps, mfaColor, theme} from '../theme.js';
import {formatDateTime} from './format.js';

function Field({label, value, color}: {readonly label: string; readonly value: string; readonly color?: string | undefined}) {
	return (
		<Box>
			<Box width={24} flexShrink={0}>
				<Text color={theme.text.label}>{label}</Text>
			</Box>
			<Text wrap="truncate-end" {...colorProps(color)}>
				{value}
			</Text>
		</Box>
	);
}

function activeUntil(until: Instant | undefined, now: Instant): Instant | undefined {
	return until !== undefined && until > now ? until : undefined;
}

/** The user's profile: identity, account state, roles, per-user MFA, password and risk facts. */
export function UserProfilePanel({user, now}: {readonly user: User; readonly now: Instant}) {
	const lockedUntil = activeUntil(user.lockout.lockedUntil, now);
	const mfaBlockedUntil = activeUntil(user.mfaBlockedUntil, now);
	return (
		<Box flexDirection="column">
			<Field label="Display name" value={user.displayName} />
			<Field label="User principal name" value={user.upn} />
			<Field label="User type" value={user.userType === 'guest' ? `Guest (home tenant: ${user.guestHome?.tenantName ?? 'unknown'})` : 'Member'} />
			{user.department === undefined ? null : <Field label="Department" value={user.department} />}
			<Field label="Sign-in" value={user.accountEnabled ? 'Allowed' : 'Blocked'} color={user.accountEnabled ? theme.status.ok : theme.status.fail} />
			<Field label="Roles" value={user.roles.length === 0 ? 'None' : user.roles.map((role) => roleLabels[role]).join(', ')} />
			<Field label="Per-user MFA" value={perUserMfaLabels[user.perUserMfa]} color={mfaColor(user.perUserMfa)} />
			<Field label="Password changed" value={`${formatDateTime(user.passwordChangedAt)}${user.mustChangePassword ? ' (must change at next sign-in)' : ''}`} />
			{user.passwordExpiresAt === undefined ? null : <Field label="Password expires" value={formatDateTime(user.passwordExpiresAt)} color={user.passwordExpiresAt <= now ? theme.status.fail : undefined} />}
			<Field label="Smart lockout" value={lockedUntil === undefined ? `${user.lockout.failedAttempts} failed attempts` : `Locked until ${formatDateTime(lockedUntil)}`} color={lockedUntil === undefined ? undefined : theme.status.fail} />
			{mfaBlockedUntil === undefined ? null : <Field label="MFA blocked until" value={formatDateTime(mfaBlockedUntil)} color={theme.status.fail} />}
			<Field label="User risk" value={user.risk === 'high' ? 'High' : 'None'} color={user.risk === 'high' ? theme.status.fail : undefined} />
			{user.sessionsRevokedAt === undefined ? null : <Field label="Sessions revoked" value={formatDateTime(user.sessionsRevokedAt)} />}
		</Box>
	);
}
