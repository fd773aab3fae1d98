import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import type {KeyHint} from '../key-bindings.js';
import type {Session} from '../../services/session-service.js';
import {borderStyleFor, paintBorder, glyphsFor, paint, type DisplayMode} from './display.js';
import {Footer} from './footer.js';
import {Navigation} from './navigation.js';
import {StatusLine, type Notice} from './status-line.js';

/** Props of Frame. */
export type FrameProps = {
	readonly display: DisplayMode;
	readonly width: number;
	readonly bodyHeight: number;
	readonly navWidth: number;
	/** The menu's state; undefined hides the menu (an overlay uses the whole width). */
	readonly navigation: {readonly selected: number; readonly isFocused: boolean; readonly personName?: string} | undefined;
	readonly body: ReactNode;
	readonly session: Session;
	readonly pending: string | undefined;
	readonly notice: Notice | undefined;
	readonly hints: readonly KeyHint[];
};

/**
 * Everything under the header: rule, menu | screen, rule, status line, footer. Exactly `bodyHeight + 4` rows.
 * Not memoised itself (its body is a new element on every workspace render); the menu, status line and
 * footer are, so a key that redraws the workspace redraws only what changed.
 */
export function Frame({display, width, bodyHeight, navWidth, navigation, body, session, pending, notice, hints}: FrameProps) {
	const rule = <Text {...paint(display, 'muted')}>{glyphsFor(display).rule.repeat(width)}</Text>;
	return (
		<>
			{rule}
			<Box height={bodyHeight} width={width} overflowY="hidden" alignItems="flex-start">
				{navigation === undefined ? null : (
					<>
						<Navigation {...navigation} display={display} width={navWidth} height={bodyHeight} />
						<Box borderStyle={borderStyleFor(display)} {...paintBorder(display, 'muted')} borderTop={false} borderBottom={false} borderRight={false} height={bodyHeight} marginRight={1} />
					</>
				)}
				{body}
			</Box>
			{rule}
			<StatusLine session={session} pending={pending} notice={notice} display={display} width={width} />
			<Footer hints={hints} display={display} width={width} />
		</>
	);
}
