import {Box} from 'ink';
import {theme} from '../theme.js';
import {ToneText} from './tone-text.js';

/** Props of TabBar. */
export type TabBarProps = {
	readonly tabs: readonly string[];
	readonly active: number;
};

/** A row of tab names; the active one is bracketed (readable without colour) and in the focus tone. */
export function TabBar({tabs, active}: TabBarProps) {
	return (
		<Box columnGap={1} flexWrap="wrap">
			{tabs.map((tab, index) =>
				index === active ? (
					<ToneText key={tab} bold tone={theme.focus}>
						[{tab}]
					</ToneText>
				) : (
					<ToneText key={tab} tone={theme.text.muted}>
						{' '}
						{tab}{' '}
					</ToneText>
				),
			)}
		</Box>
	);
}

/** How many lines the tab bar takes at a width (each tab is its name plus two cells, one cell apart). Pure. */
export function tabBarLines(tabs: readonly string[], width: number): number {
	let lines = 1;
	let used = 0;
	for (const tab of tabs) {
		const length = tab.length + 2;
		if (used > 0 && used + 1 + length > width) {
			lines++;
			used = length;
		} else {
			used += (used > 0 ? 1 : 0) + length;
		}
	}

	return lines;
}

/** The next tab index after a left/right arrow, wrapping around. */
export function cycleTab(active: number, count: number, direction: 1 | -1): number {
	return (active + direction + count) % count;
}
