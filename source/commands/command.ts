/** Exit codes of the CLI contract (DESIGN section 5). */
export const exitCodes = {ok: 0, failed: 1, usage: 2, interrupted: 130} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** Global flags every command receives (DESIGN section 5). */
export type GlobalFlags = {
	readonly json: boolean;
	readonly seed?: number;
	readonly trainee?: string;
	readonly cohort?: string;
	readonly scenarios?: string;
	readonly db?: string;
	readonly save: boolean;
	readonly solution?: string;
	readonly junit?: string;
	readonly format?: string;
	readonly realTime: boolean;
	readonly at?: string;
	readonly users?: number;
	readonly timeLimit?: number;
	readonly merge: boolean;
	/** session start: the scenario ids, comma-separated. */
	readonly ids?: string;
	/** session start: replace the cohort's running session. */
	readonly replace: boolean;
	/** session start: add the scenarios to the cohort's running session. */
	readonly add: boolean;
};

/** What a command gets from the composition root: its arguments, flags and the streams to write to. */
export type CommandContext = {
	readonly args: readonly string[];
	readonly flags: GlobalFlags;
	readonly stdout: NodeJS.WriteStream;
	readonly stderr: NodeJS.WriteStream;
	readonly stdin: NodeJS.ReadStream;
	readonly env: NodeJS.ProcessEnv;
	/** Directory holding the built-in fixtures (fixtures/ at the package root). */
	readonly fixturesDir: string;
	readonly version: string;
};

/** A CLI command: one file per command under source/commands/, loaded lazily by cli.tsx. */
export type Command = (context: CommandContext) => Promise<ExitCode>;
