import {memo} from 'react';
import {Box, Text} from 'ink';
import {glyphsFor, paint, truncate, type DisplayMode} from './display.js';
import {screens, sectionTitles} from './screens.js';

/** Props of Navigation. */
export type NavigationProps = {
	readonly selected: number;
	readonly isFocused: boolean;
	/** The person the user's side shows, under the menu. */
	readonly personName?: string;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
};

function NavigationMenu({selected, isFocused, personName, display, width, height}: NavigationProps) {
	const glyphs = glyphsFor(display);
	const muted = paint(display, 'muted');
	return (
		<Box flexDirection="column" width={width} height={height} overflowY="hidden">
			{screens.map((screen, index) => {
				const isSelected = index === selected;
				const heading = index === 0 || screens[index - 1]?.section !== screen.section ? sectionTitles[screen.section] : undefined;
				const label = screen.label.replace('…', glyphs.ellipsis);
				const line = truncate(`${isSelected ? glyphs.pointer : ' '} ${index + 1} ${label}`, width, display).padEnd(width);
				return (
					<Box key={screen.id} flexDirection="column">
						{heading === undefined ? null : (
							<Text {...muted} bold>
								{truncate(heading.toUpperCase(), width, display)}
							</Text>
						)}
						<Text inverse={isSelected && isFocused} bold={isSelected} {...paint(display, isSelected && !isFocused ? 'focus' : undefined)}>
							{line}
						</Text>
					</Box>
				);
			})}
			{personName === undefined ? null : (
				<Box flexDirection="column" marginTop={1}>
					<Text {...muted}>User</Text>
					<Text>{truncate(personName, width, display)}</Text>
				</Box>
			)}
		</Box>
	);
}

/** The left menu: numbered screens grouped into helpdesk, admin center and the user's side. Memoised (its props are values). */
export const Navigation = memo(NavigationMenu);
