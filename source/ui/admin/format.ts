import {formatInstant, type Instant} from '../../domain/common/time.js';
import {roleLabels, type AdminRole} from '../../domain/tenant/roles.js';
import {truncate, type DisplayMode} from '../app/display.js';
import {themeGlyphs} from '../theme.js';

/** `2024-03-12 09:01:00` (UTC), as the logs show dates. */
export function formatDateTime(at: Instant): string {
	return formatInstant(at).slice(0, 19).replace('T', ' ');
}

/** `2024-03-12 09:01` (UTC), for table columns. */
export function formatShortDateTime(at: Instant): string {
	return formatDateTime(at).slice(0, 16);
}

/** `2024-03-12` (UTC). */
export function formatDate(at: Instant): string {
	return formatInstant(at).slice(0, 10);
}

/** A role's initials, e.g. `GA` for Global Administrator, `APA` for Authentication Policy Administrator. */
export function roleInitials(role: AdminRole): string {
	return roleLabels[role]
		.split(/\s+/)
		.map((word) => word[0] ?? '')
		.join('')
		.toUpperCase();
}

/** The roles badge of a users table: the first role's initials and how many more, e.g. `GA+1`; empty for none. */
export function rolesBadge(roles: readonly AdminRole[]): string {
	const [first, ...rest] = roles;
	if (first === undefined) {
		return '';
	}

	return rest.length === 0 ? roleInitials(first) : `${roleInitials(first)}+${rest.length}`;
}


/**
 * The line between the rows the trainee's own actions wrote and the rows from before the ticket (the
 * scenario's seeded history, its evidence), `width` wide: `── before the ticket (09:00) ─────`, `-` without
 * Unicode. Pure.
 */
export function beforeTicketDivider(startedAt: Instant, width: number, display: DisplayMode): string {
	const {rule} = themeGlyphs(display);
	const text = `${rule}${rule} before the ticket (${formatDateTime(startedAt).slice(11, 16)}) `;
	return truncate(text.padEnd(width, rule), width, display);
}
