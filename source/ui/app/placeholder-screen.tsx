import type {ComponentType} from 'react';
import {Box, Text} from 'ink';
import type {KeyHint} from '../key-bindings.js';
import type {AdminScreenId} from './screens.js';

/** Props the shell gives every admin screen (the contract with `source/ui/admin/screen-props.ts`). */
export type ShellScreenProps = {
	/** The screen has the keyboard: the content pane is focused and no overlay is open. */
	readonly isActive: boolean;
	/** Columns of the content pane. */
	readonly width: number;
	/** Rows of the content pane. */
	readonly height: number;
	/** The screen starts or stops owning the keyboard; the shell pauses its single-key bindings meanwhile. */
	readonly onCaptureChange: (isCapturing: boolean) => void;
	/**
	 * The screen shows a view of its own (a user's details inside Active users): the footer and help show
	 * these hints (Unicode arrows, as exported) until `undefined` brings the screen's exported hints back.
	 */
	readonly onHintsChange?: (hints?: readonly KeyHint[]) => void;
};

/** An admin screen as the shell hosts it: the component and the key hints it exports for the footer and help. */
export type AdminScreenEntry = {
	readonly Screen: ComponentType<ShellScreenProps>;
	readonly hints: readonly KeyHint[];
};

/** Which component serves each admin screen. */
export type AdminScreenMap = Readonly<Record<AdminScreenId, AdminScreenEntry>>;

/** Stands in for an admin screen that is not built yet. */
export function placeholderScreen(title: string, description: string): AdminScreenEntry {
	function PlaceholderScreen({isActive}: ShellScreenProps) {
		return (
			<Box flexDirection="column">
				<Text bold>{title}</Text>
				<Text>{description}</Text>
				<Text dimColor>{isActive ? 'This screen is coming soon. Use the command palette (: or Ctrl+K) for its actions.' : 'Press Enter to open.'}</Text>
			</Box>
		);
	}

	return {Screen: PlaceholderScreen, hints: []};
}
