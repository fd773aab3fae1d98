import {useEffect, useState} from 'react';
import {useStdout} from 'ink';

/** Rows assumed when the output stream does not say (piped output, test streams): the 80x24 minimum. */
export const fallbackRows = 24;

/** Rows the shell's header and footer are assumed to take when a screen is not told its height. */
export const shellChromeRows = 6;

/**
 * The terminal's row count, kept current through stdout's 'resize' event (Ink 6.8 has no
 * useWindowSize). Falls back to 24 when the stream has no `rows`.
 */
export function useTerminalRows(): number {
	const {stdout} = useStdout();
	const [rows, setRows] = useState(() => stdout.rows || fallbackRows);
	useEffect(() => {
		const update = () => {
			setRows(stdout.rows || fallbackRows);
		};

		stdout.on('resize', update);
		return () => {
			stdout.off('resize', update);
		};
	}, [stdout]);
	return rows;
}

/** The height a screen may use: the one the shell gives, or the terminal rows minus the shell's chrome. */
export function useScreenHeight(height: number | undefined): number {
	const rows = useTerminalRows();
	return Math.max(8, height ?? rows - shellChromeRows);
}

/** The columns a screen may use: the ones the shell gives, or the terminal's (80 when unknown). */
export function useScreenWidth(width: number | undefined): number {
	const {stdout} = useStdout();
	return Math.max(40, width ?? (stdout.columns || 80));
}

/** Below this many columns tables drop or shorten their least important columns. */
export const compactWidth = 72;
