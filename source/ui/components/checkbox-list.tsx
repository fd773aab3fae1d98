import {Box, Text} from 'ink';
import {colorProps, theme} from '../theme.js';

/** One checkbox or radio option. */
export type CheckboxItem = {
	readonly label: string;
	readonly checked: boolean;
	/** Greyed out and not toggleable. */
	readonly disabled?: boolean;
};

/** Props of CheckboxList. */
export type CheckboxListProps = {
	readonly items: readonly CheckboxItem[];
	/** Index of the focused item, or -1 when the list does not have the focus. */
	readonly cursor: number;
	/** `radio` draws `(•)` and expects exactly one checked item. @default 'checkbox' */
	readonly kind?: 'checkbox' | 'radio';
};

/** The box drawn for an item: `[x]` / `[ ]` or `(•)` / `( )`. */
export function checkMark(checked: boolean, kind: 'checkbox' | 'radio'): string {
	if (kind === 'radio') {
		return checked ? '(•)' : '( )';
	}

	return checked ? '[x]' : '[ ]';
}

/** Returns the items with one toggled (a disabled item stays as it is). Pure. */
export function toggleItem(items: readonly CheckboxItem[], index: number): readonly CheckboxItem[] {
	return items.map((item, each) => (each === index && !item.disabled ? {...item, checked: !item.checked} : item));
}

/** A vertical list of checkboxes or radio options with a `›` on the focused one (view only). */
export function CheckboxList({items, cursor, kind = 'checkbox'}: CheckboxListProps) {
	return (
		<Box flexDirection="column">
			{items.map((item, index) => {
				const isCursor = index === cursor;
				const color = item.disabled ? theme.text.muted : isCursor ? theme.focus : undefined;
				// The label wraps under itself, not under the box, in a narrow dialog.
				return (
					<Box key={item.label}>
						<Box width={6} flexShrink={0}>
							<Text bold={isCursor} {...colorProps(color)}>
								{isCursor ? '› ' : '  '}
								{checkMark(item.checked, kind)}
							</Text>
						</Box>
						<Text bold={isCursor} {...colorProps(color)}>
							{item.label}
						</Text>
					</Box>
				);
			})}
		</Box>
	);
}
