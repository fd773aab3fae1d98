import {useEffect, useState} from 'react';
import {useStdout} from 'ink';

/** Columns and rows of the terminal the app draws on. */
export type TerminalSize = {
	readonly columns: number;
	readonly rows: number;
};

/** What we assume when the stream does not say (a pipe, a test stream): the supported minimum. */
export const fallbackSize: TerminalSize = {columns: 80, rows: 24};

type SizedStream = {
	readonly columns?: number;
	readonly rows?: number;
};

/** Reads the size of a stream; 0 or missing values fall back to 80x24. */
export function sizeOf(stream: SizedStream): TerminalSize {
	return {
		columns: stream.columns !== undefined && stream.columns > 0 ? stream.columns : fallbackSize.columns,
		rows: stream.rows !== undefined && stream.rows > 0 ? stream.rows : fallbackSize.rows,
	};
}

/**
 * The terminal size, updated on the stdout 'resize' event. Ink 6.8 has no `useWindowSize`
 * (it came in 7.0), so this listens to the stream Ink renders to.
 */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	useEffect(() => {
		const update = () => {
			const next = sizeOf(stdout);
			setSize((previous) => (previous.columns === next.columns && previous.rows === next.rows ? previous : next));
		};

		update();
		stdout.on('resize', update);
		return () => {
			stdout.off('resize', update);
		};
	}, [stdout]);
	return size;
}
