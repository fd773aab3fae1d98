import type {KeyHint} from '../components/key-hint.js';

/** Props every admin screen takes from the shell. */
export type AdminScreenProps = {
	/** Only the active screen handles keys (`useInput(handler, {isActive})`). */
	readonly isActive: boolean;
	/** Rows the screen may draw. @default terminal rows minus 6 for the shell's header and footer */
	readonly height?: number;
	/** Columns the screen may draw (the content pane). Tables flex to any width; this sizes wrapped forms. @default stdout columns */
	readonly width?: number;
	/**
	 * Told when the screen starts or stops owning the keyboard (typing a search, a dialog): while true,
	 * the shell pauses its keys (Tab, 1-8, `:`, `?`). A view opened inside the screen (a user's details)
	 * doesn't own it: the shell's keys leave it as they leave the screen.
	 */
	readonly onCaptureChange?: (isCapturing: boolean) => void;
	/**
	 * Told the key hints of a view opened inside the screen (a user's details inside Active users), and
	 * `undefined` when the screen's exported hints apply again: the footer and help should show these
	 * meanwhile. Hints are written with Unicode arrows, like the exported ones (`hintsFor` for ASCII).
	 */
	readonly onHintsChange?: (hints: readonly KeyHint[] | undefined) => void;
};
