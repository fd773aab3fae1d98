import {normaliseName} from '../domain/progress/names.js';
import {mergeProgress} from '../domain/progress/progress-changes.js';
import type {ProgressData} from '../domain/progress/records.js';
import {formatCsv, formatMarkdown, isReportFormat, reportFormats, type ReportFormat} from '../domain/progress/report-format.js';
import {formatJson} from '../domain/progress/report-json.js';
import {buildReport, type ProgressReport, type ReportFilters} from '../domain/progress/report-rows.js';
import {openStoreForCommand} from '../store/command-store.js';
import {ProgressStoreError} from '../store/progress-store.js';
import {readMergeInput} from '../store/read-merge-input.js';
import {exitCodes, type Command, type CommandContext, type ExitCode} from './command.js';
import {usageOf} from './command-specs.js';

const formatters: Readonly<Record<ReportFormat, (report: ProgressReport) => string>> = {md: formatMarkdown, csv: formatCsv, json: formatJson};

function usageError(context: CommandContext, problem: string): ExitCode {
	context.stderr.write(`mfadesk report: ${problem}\n${usageOf('report')}\nRun mfadesk report --help for more.\n`);
	return exitCodes.usage;
}

function filtersOf(context: CommandContext): ReportFilters {
	const trainee = context.flags.trainee === undefined ? undefined : normaliseName(context.flags.trainee);
	const cohort = context.flags.cohort === undefined ? undefined : normaliseName(context.flags.cohort);
	return {...(trainee ? {trainee} : {}), ...(cohort ? {cohort} : {})};
}

async function merged(context: CommandContext, files: readonly string[]): Promise<ProgressData | undefined> {
	const inputs = await Promise.all(files.map(readMergeInput));
	const problems = inputs.flatMap((input) => (input.ok ? [] : [input.message]));
	if (problems.length > 0) {
		context.stderr.write(problems.map((problem) => `mfadesk report: ${problem}\n`).join('') + 'mfadesk report: nothing merged.\n');
		return undefined;
	}

	const all = inputs.flatMap((input) => (input.ok ? [input.data] : []));
	const data = mergeProgress(all);
	const given = all.reduce((sum, each) => sum + each.attempts.length, 0);
	context.stderr.write(
		`mfadesk: merged ${files.length} file${files.length === 1 ? '' : 's'}: ${data.attempts.length} attempts (${given - data.attempts.length} duplicates dropped), ${data.trainees.length} trainees.\n`,
	);
	return data;
}

async function stored(context: CommandContext): Promise<ProgressData | undefined> {
	const store = await openStoreForCommand({db: context.flags.db, save: context.flags.save, env: context.env, stderr: context.stderr});
	if (!store) {
		return undefined;
	}

	if (store.location.kind === 'memory') {
		context.stderr.write('mfadesk: --no-save: no progress file is read, so the report is empty.\n');
	}

	try {
		return await store.read();
	} catch (error: unknown) {
		if (error instanceof ProgressStoreError) {
			context.stderr.write(`mfadesk: ${error.message}\n`);
			return undefined;
		}

		throw error;
	}
}

/**
 * `mfadesk report [--format md|csv|json] [--trainee <name>] [--cohort <name>]`: per trainee and
 * scenario, the best score, attempts, time, hints and red flags, from the progress store or, with
 * `--merge <files...>`, from progress files and JSON reports of several machines (attempts
 * deduplicated by id). The report goes to stdout, messages to stderr; exit 0, 1 or 2.
 */
export const reportCommand: Command = async (context) => {
	const format = context.flags.format ?? (context.flags.json ? 'json' : 'md');
	if (!isReportFormat(format)) {
		return usageError(context, `unknown format "${format}": use ${reportFormats.join(', ')}`);
	}

	if (context.flags.json && format !== 'json') {
		return usageError(context, `--json means --format json, but --format ${format} is given too: give one of them`);
	}

	if (!context.flags.merge && context.args.length > 0) {
		return usageError(context, `unexpected argument "${context.args[0]!}" (to combine files, use --merge <files...>)`);
	}

	if (context.flags.merge && context.args.length === 0) {
		return usageError(context, '--merge needs at least one file: progress files or `--format json` reports');
	}

	const data = context.flags.merge ? await merged(context, context.args) : await stored(context);
	if (!data) {
		return exitCodes.failed;
	}

	const filters = filtersOf(context);
	const built = buildReport(data, filters);
	if (built.rows.length === 0 && data.attempts.length > 0) {
		context.stderr.write('mfadesk: no attempts match the filters.\n');
	}

	context.stdout.write(formatters[format](built));
	return exitCodes.ok;
};
