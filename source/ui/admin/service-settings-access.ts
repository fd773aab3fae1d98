import {truncate, type DisplayMode} from '../app/display.js';
import {wrapLines} from '../components/wrap-window.js';
import {plainText} from '../theme.js';

/** Lines the read-only notice may take at most. */
const maxReadOnlyLines = 4;

/** What the trainee's roles leave read only, and what each change would need. */
export type SettingsAccess = {
	/** The roles the trainee holds (labels). */
	readonly held: readonly string[];
	/** Roles that may change MFA service settings, or undefined when the trainee may. */
	readonly settingsNeed: readonly string[] | undefined;
	/** Roles that may change trusted IPs, or undefined when the trainee may. */
	readonly trustedIpsNeed: readonly string[] | undefined;
};

/**
 * Why the tab is read only, wrapped to `width` (at most four lines, the last cut with the ellipsis): the
 * roles the trainee holds (the header shows only the first) and the ones the change needs; nothing when
 * they may change every section. Pure.
 */
export function readOnlyLines({held, settingsNeed, trustedIpsNeed}: SettingsAccess, width: number, display: DisplayMode): readonly string[] {
	const you = held.length === 0 ? 'you hold no admin role' : `you are ${held.join(' and ')}`;
	const needs = (roles: readonly string[]) => roles.join(' or ');
	let text: string | undefined;
	if (settingsNeed !== undefined && trustedIpsNeed !== undefined) {
		text = `Read only: ${you}; changing MFA service settings needs ${needs(settingsNeed)}.`;
	} else if (settingsNeed !== undefined) {
		text = `Only trusted ips can be changed: ${you}; the other settings need ${needs(settingsNeed)}.`;
	} else if (trustedIpsNeed !== undefined) {
		text = `Trusted ips are read only: ${you}; they need ${needs(trustedIpsNeed)}.`;
	}

	if (text === undefined) {
		return [];
	}

	const lines = wrapLines(plainText(text, display), width);
	if (lines.length <= maxReadOnlyLines) {
		return lines;
	}

	const kept = lines.slice(0, maxReadOnlyLines);
	kept[maxReadOnlyLines - 1] = truncate(`${kept[maxReadOnlyLines - 1] ?? ''} ${lines[maxReadOnlyLines] ?? ''}`, width, display);
	return kept;
}
