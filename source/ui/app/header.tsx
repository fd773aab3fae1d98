import {memo} from 'react';
import {Box, Text} from 'ink';
import type {SimState} from '../../domain/state/sim-state.js';
import {roleLabels} from '../../domain/tenant/roles.js';
import {findUser} from '../../domain/tenant/tenant.js';
import type {TimeLimitStatus} from './attempt-controls.js';
import {glyphsFor, paint, truncate, type DisplayMode} from './display.js';
import {changesText} from './progress-words.js';
import {formatClock} from './text.js';

/** The display names of the trainee's admin roles, in the tenant's order. Pure. */
export function actorRoles(state: SimState): readonly string[] {
	return findUser(state.tenant, state.actorId)?.roles.map((role) => roleLabels[role]) ?? [];
}

/** `Global Administrator` for one role, `2 roles` for more (the help lists them), `no admin role` for none. Pure. */
export function rolesSummary(roles: readonly string[]): string {
	return roles.length > 1 ? `${roles.length} roles` : (roles[0] ?? 'no admin role');
}

/**
 * `admin@contoso.com · Global Administrator` for the trainee's admin account: `· 2 roles` when it has more,
 * or every role, comma-separated, with `listRoles` (where there is room to). Pure.
 */
export function actorText(state: SimState, separator = '·', listRoles = false): string {
	const actor = findUser(state.tenant, state.actorId);
	if (actor === undefined) {
		return state.actorId;
	}

	const roles = actorRoles(state);
	return `${actor.upn} ${separator} ${listRoles && roles.length > 1 ? roles.join(', ') : rolesSummary(roles)}`;
}

/** Props of Header. */
export type HeaderProps = {
	readonly title: string;
	readonly state: SimState;
	/** Changes: the actions that count against par, as the grading counts them (`countActions` in grade-attempt.ts). */
	readonly changes: number;
	readonly busy: boolean;
	/** The simulated-time limit indicator, when the scenario has a limit. */
	readonly timer?: TimeLimitStatus | undefined;
	readonly display: DisplayMode;
	readonly width: number;
};

function HeaderLines({title, state, changes, busy, timer, display, width}: HeaderProps) {
	const glyphs = glyphsFor(display);
	const clock = formatClock(state.now);
	const brand = `mfadesk ${glyphs.divider} `;
	const signedIn = `Signed in as ${actorText(state, glyphs.dot)}`;
	const progress = busy ? `Working${glyphs.ellipsis}` : changesText(changes);
	const time = timer === undefined ? '' : `${glyphs.dot} ${timer.text}`;
	return (
		<Box flexDirection="column" width={width}>
			<Box width={width}>
				<Text bold {...paint(display, 'accent')}>
					{brand}
				</Text>
				<Text bold>{truncate(title, Math.max(1, width - brand.length - clock.length - 2), display)}</Text>
				<Box flexGrow={1} />
				<Text bold {...paint(display, 'focus')}>
					{clock}
				</Text>
			</Box>
			<Box width={width}>
				<Text {...paint(display, 'muted')}>{truncate(signedIn, Math.max(1, width - progress.length - time.length - 3), display)}</Text>
				<Box flexGrow={1} />
				<Text {...paint(display, busy ? 'warn' : 'muted')}>{progress}</Text>
				{timer === undefined ? null : <Text {...paint(display, timer.tone)}>{` ${time}`}</Text>}
			</Box>
		</Box>
	);
}

/** Same header: the time-limit indicator is compared by what it shows (the workspace computes a new one each render). */
function sameHeader(previous: HeaderProps, next: HeaderProps): boolean {
	return (
		previous.title === next.title &&
		previous.state === next.state &&
		previous.changes === next.changes &&
		previous.busy === next.busy &&
		previous.display === next.display &&
		previous.width === next.width &&
		previous.timer?.text === next.timer?.text &&
		previous.timer?.tone === next.timer?.tone
	);
}

/**
 * Two lines: the scenario title and the simulated clock; the admin account with its role (or how many, listed
 * in the `?` help) and how many changes count against par so far.
 * Memoised: a key that only changes the screen or the focus does not draw it again.
 */
export const Header = memo(HeaderLines, sameHeader);
