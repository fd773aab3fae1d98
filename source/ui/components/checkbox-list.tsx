import {Box} from 'ink';
import type {DisplayMode} from '../app/display.js';
import {useDisplay} from '../contexts/display-context.js';
import {theme, themeGlyphs} from '../theme.js';
import {ToneText} from './tone-text.js';

/** One checkbox or radio option. */
export type CheckboxItem = {
	readonly label: string;
	readonly checked: boolean;
	/** Greyed out and not toggleable; its box reads ` - ` so that shows without colour too. */
	readonly disabled?: boolean;
};

/** Props of CheckboxList. */
export type CheckboxListProps = {
	readonly items: readonly CheckboxItem[];
	/** Index of the focused item, or -1 when the list does not have the focus. */
	readonly cursor: number;
	/** `radio` draws `(•)` (`(*)` without Unicode) and expects exactly one checked item. @default 'checkbox' */
	readonly kind?: 'checkbox' | 'radio';
};

/** The box drawn for an item: `[x]` / `[ ]`, or `(•)` / `( )` with `(*)` for `(•)` without Unicode. Pure. */
export function checkMark(checked: boolean, kind: 'checkbox' | 'radio', display: DisplayMode): string {
	if (kind === 'radio') {
		return checked ? `(${themeGlyphs(display).bullet})` : '( )';
	}

	return checked ? '[x]' : '[ ]';
}

/** Returns the items with one toggled (a disabled item stays as it is). Pure. */
export function toggleItem(items: readonly CheckboxItem[], index: number): readonly CheckboxItem[] {
	return items.map((item, each) => (each === index && !item.disabled ? {...item, checked: !item.checked} : item));
}

/** A vertical list of checkboxes or radio options with a pointer (`›`, `>`) on the focused one (view only). */
export function CheckboxList({items, cursor, kind = 'checkbox'}: CheckboxListProps) {
	const display = useDisplay();
	const {pointer} = themeGlyphs(display);
	return (
		<Box flexDirection="column">
			{items.map((item, index) => {
				const isCursor = index === cursor;
				const tone = item.disabled ? theme.text.muted : isCursor ? theme.focus : undefined;
				// The label wraps under itself, not under the box, in a narrow dialog.
				return (
					<Box key={item.label}>
						<Box width={6} flexShrink={0}>
							<ToneText bold={isCursor} tone={tone}>
								{isCursor ? `${pointer} ` : '  '}
								{item.disabled ? ' - ' : checkMark(item.checked, kind, display)}
							</ToneText>
						</Box>
						<ToneText bold={isCursor} tone={tone}>
							{item.label}
						</ToneText>
					</Box>
				);
			})}
		</Box>
	);
}
