import {Box} from 'ink';
import type {Tone} from '../app/display.js';
import type {Instant} from '../../domain/common/time.js';
import {roleLabels} from '../../domain/tenant/roles.js';
import {perUserMfaLabels, type User} from '../../domain/tenant/user.js';
import {TextLine} from '../components/text-line.js';
import {ToneText} from '../components/tone-text.js';
import {compactWidth} from '../components/use-terminal-rows.js';
import {wrapLines} from '../components/wrap-window.js';
import {mfaTone, theme} from '../theme.js';
import {formatDateTime} from './format.js';

/** The label column: narrower in a narrow pane, so values keep room ("User principal name" and a gap). */
function labelWidthAt(width: number): number {
	return width < compactWidth ? 20 : 24;
}

/** One line group of the profile: a label and its value. */
export type ProfileField = {
	readonly label: string;
	readonly value: string;
	readonly tone?: Tone | undefined;
	/** Wrapped over as many lines as it needs instead of cut (the roles). */
	readonly isWrapped?: boolean;
};

function activeUntil(until: Instant | undefined, now: Instant): Instant | undefined {
	return until !== undefined && until > now ? until : undefined;
}

/**
 * The profile's fields: identity, account state, roles, per-user MFA, password and risk facts. The roles are
 * listed in full (the header shows only the first and how many more); the trainee's own account says "(you)". Pure.
 */
export function profileFields(user: User, now: Instant, isActor = false): readonly ProfileField[] {
	const lockedUntil = activeUntil(user.lockout.lockedUntil, now);
	const mfaBlockedUntil = activeUntil(user.mfaBlockedUntil, now);
	const expires = user.passwordExpiresAt;
	const fields: Array<ProfileField | undefined> = [
		{label: 'Display name', value: isActor ? `${user.displayName} (you)` : user.displayName},
		{label: 'User principal name', value: user.upn},
		{label: 'User type', value: user.userType === 'guest' ? `Guest (home tenant: ${user.guestHome?.tenantName ?? 'unknown'})` : 'Member'},
		user.department === undefined ? undefined : {label: 'Department', value: user.department},
		{label: 'Sign-in', value: user.accountEnabled ? 'Allowed' : 'Blocked', tone: user.accountEnabled ? theme.status.ok : theme.status.fail},
		{label: user.roles.length > 1 ? `Roles (${user.roles.length})` : 'Roles', value: user.roles.length === 0 ? 'None' : user.roles.map((role) => roleLabels[role]).join(', '), isWrapped: true},
		{label: 'Per-user MFA', value: perUserMfaLabels[user.perUserMfa], tone: mfaTone(user.perUserMfa)},
		{label: 'Password changed', value: `${formatDateTime(user.passwordChangedAt)}${user.mustChangePassword ? ' (must change at next sign-in)' : ''}`},
		expires === undefined ? undefined : {label: 'Password expires', value: `${formatDateTime(expires)}${expires <= now ? ' (expired)' : ''}`, tone: expires <= now ? theme.status.fail : undefined},
		{label: 'Smart lockout', value: lockedUntil === undefined ? `${user.lockout.failedAttempts} failed attempts` : `Locked until ${formatDateTime(lockedUntil)}`, tone: lockedUntil === undefined ? undefined : theme.status.fail},
		mfaBlockedUntil === undefined ? undefined : {label: 'MFA blocked until', value: formatDateTime(mfaBlockedUntil), tone: theme.status.fail},
		{label: 'User risk', value: user.risk === 'high' ? 'High' : 'None', tone: user.risk === 'high' ? theme.status.fail : undefined},
		user.sessionsRevokedAt === undefined ? undefined : {label: 'Sessions revoked', value: formatDateTime(user.sessionsRevokedAt)},
	];
	return fields.filter((field) => field !== undefined);
}

/** The lines a field takes at a pane width. Pure. */
function fieldLines(field: ProfileField, width: number): readonly string[] {
	return field.isWrapped === true ? wrapLines(field.value, Math.max(1, width - labelWidthAt(width))) : [field.value];
}

/**
 * The first field the profile can scroll to: the smallest one from which every field left fits in
 * `height` lines (0 when all fit). Pure.
 */
export function profileMaxScroll(fields: readonly ProfileField[], width: number, height: number): number {
	let used = 0;
	for (let index = fields.length - 1; index >= 0; index--) {
		used += fieldLines(fields[index]!, width).length;
		if (used > height) {
			return index + 1;
		}
	}

	return 0;
}

function Field({field, width}: {readonly field: ProfileField; readonly width: number}) {
	const labelWidth = labelWidthAt(width);
	const room = Math.max(1, width - labelWidth);
	return (
		<Box flexShrink={0}>
			<Box width={labelWidth} flexShrink={0}>
				<ToneText tone={theme.text.label}>{field.label}</ToneText>
			</Box>
			{field.isWrapped === true ? (
				<ToneText tone={field.tone}>{fieldLines(field, width).join('\n')}</ToneText>
			) : (
				<TextLine width={room} spans={[{text: field.value, tone: field.tone}]} />
			)}
		</Box>
	);
}

/** Props of UserProfilePanel. */
export type UserProfilePanelProps = {
	readonly fields: readonly ProfileField[];
	readonly width: number;
	/** The first field drawn (↑↓ scroll a profile taller than the pane). @default 0 */
	readonly scroll?: number;
};

/** The user's profile (`profileFields`), from the scrolled-to field; each value cut to `width`, the roles wrapped. */
export function UserProfilePanel({fields, width, scroll = 0}: UserProfilePanelProps) {
	return (
		<Box flexDirection="column">
			{fields.slice(scroll).map((field) => (
				<Field key={field.label} field={field} width={width} />
			))}
		</Box>
	);
}
