/**
 * Whether the interactive TUI can run here. Kept free of Ink and React so the CLI root can ask
 * before loading them (bare `mfadesk` with no terminal prints the help instead).
 */

/** What the CLI prints (then exits 2) when `play` has no terminal to draw in. */
export const needsTerminalMessage = 'mfadesk play needs an interactive terminal; use `mfadesk run <id> --solution <file>` or `mfadesk test` for headless runs.';

type MaybeTty = {readonly isTTY?: boolean};

/**
 * Why the interactive workspace cannot run here, or undefined when it can. Pure: pass the
 * streams and the environment. Without a TTY Ink would throw its raw-mode error; with `CI` set
 * Ink draws only the last frame, so both point the user at the headless commands instead.
 */
export function interactiveSupport(stdin: MaybeTty, stdout: MaybeTty, env: Readonly<Record<string, string | undefined>>): string | undefined {
	if (stdin.isTTY !== true || stdout.isTTY !== true) {
		return needsTerminalMessage;
	}

	const ci = env['CI'];
	if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') {
		return `${needsTerminalMessage} (CI is set, so the terminal is not treated as interactive; set CI=false to override.)`;
	}

	return undefined;
}
