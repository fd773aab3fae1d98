import {Box, Text} from 'ink';
import {theme} from '../theme.js';
import {ToneText} from './tone-text.js';

/** One command of a blade's command bar. */
export type Command = {
	readonly keys: string;
	readonly label: string;
	/** False greys the command out: the trainee's role can't do it (the key still asks the domain). */
	readonly allowed: boolean;
};

/**
 * A blade's command bar: `[p] Reset password` for allowed commands, `(p) Reset password` greyed
 * for commands the trainee's role can't do, so the difference reads without colour too.
 */
export function CommandBar({commands, showLegend = true}: {readonly commands: readonly Command[]; /** @default true */ readonly showLegend?: boolean}) {
	const anyRefused = showLegend && commands.some((command) => !command.allowed);
	return (
		<Box flexDirection="column">
			<Box columnGap={2} flexWrap="wrap">
				{commands.map((command) =>
					command.allowed ? (
						<Text key={command.keys}>
							<ToneText bold tone={theme.focus}>
								[{command.keys}]
							</ToneText>{' '}
							{command.label}
						</Text>
					) : (
						<ToneText key={command.keys} tone={theme.text.muted}>
							({command.keys}) {command.label}
						</ToneText>
					),
				)}
			</Box>
			{anyRefused ? <ToneText tone={theme.text.muted}>{greyedLegend}</ToneText> : null}
		</Box>
	);
}

/** The legend of greyed commands, for hosts that draw it elsewhere (`showLegend={false}`). */
export const greyedLegend = '(greyed): not allowed for your admin role';

/** How many lines the command bar takes at a width (its wrapped items plus the greyed legend). Pure. */
export function commandBarLines(commands: readonly Command[], width: number, showLegend = true): number {
	let lines = 1;
	let used = 0;
	for (const command of commands) {
		const length = command.keys.length + 3 + command.label.length;
		const needed = used === 0 ? length : used + 2 + length;
		if (needed > width && used > 0) {
			lines++;
			used = length;
		} else {
			used = needed;
		}
	}

	return lines + (showLegend && commands.some((command) => !command.allowed) ? 1 : 0);
}
