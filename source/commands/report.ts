import {normaliseName} from '../domain/progress/names.js';
import {mergeProgress} from '../domain/progress/progress-changes.js';
import type {ProgressData} from '../domain/progress/records.js';
import {formatCsv, formatMarkdown, isReportFormat, reportFormats, type ReportFormat} from '../domain/progress/report-format.js';
import {formatJson} from '../domain/progress/report-json.js';
import {buildReport, type ProgressReport, type ReportFilters} from '../domain/progress/report-rows.js';
import {openReaderForCommand} from '../store/command-store.js';
import {ProgressStoreError} from '../store/progress-store.js';
import {readMergeInput} from '../store/read-merge-input.js';
import {exitCodes, type Command, type CommandContext, type ExitCode} from './command.js';
import {usageOf} from './command-specs.js';
import {displayPath} from './command-support.js';
import {plural} from '../domain/common/plural.js';
import {isKnownName, unknownNameSentence} from './unknown-name.js';

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

/** Progress from several machines' files, and where it came from (for messages). */
type Source = {readonly data: ProgressData; readonly where: string};

async function merged(context: CommandContext, files: readonly string[]): Promise<Source | undefined> {
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
		`mfadesk: merged ${plural(files.length, 'file')}: ${plural(data.attempts.length, 'attempt')} (${plural(given - data.attempts.length, 'duplicate')} dropped), ${plural(data.trainees.length, 'trainee')}.\n`,
	);
	return {data, where: files.length === 1 ? `in ${files[0]!}` : 'in the merged files'};
}

async function stored(context: CommandContext): Promise<Source | undefined> {
	// report only reads: a file it cannot use is named and left as it is (never kept aside or written).
	const reader = await openReaderForCommand({db: context.flags.db, save: context.flags.save, env: context.env, stderr: context.stderr});
	if (!reader) {
		return undefined;
	}

	if (reader.location.kind === 'memory') {
		context.stderr.write('mfadesk: --no-save: no progress file is read, so the report is empty.\n');
	}

	try {
		const data = await reader.read();
		return {data, where: reader.location.kind === 'file' ? `in ${displayPath(reader.location.path)}` : '(--no-save: no progress file is read)'};
	} catch (error: unknown) {
		if (error instanceof ProgressStoreError) {
			context.stderr.write(`mfadesk: ${error.message}\n`);
			return undefined;
		}

		throw error;
	}
}

/** A sentence for each filter naming a cohort or trainee the progress does not hold. */
function unknownFilters(filters: ReportFilters, source: Source): string[] {
	const {data, where} = source;
	const cohorts = [...data.cohorts.map((each) => each.name), ...data.attempts.flatMap((each) => (each.cohort === undefined ? [] : [each.cohort]))];
	const trainees = [...data.trainees.map((each) => each.name), ...data.attempts.map((each) => each.trainee)];
	return [
		...(filters.cohort === undefined || isKnownName(filters.cohort, cohorts)
			? []
			: [unknownNameSentence({missing: 'no cohort', name: filters.cohort, known: cohorts, knownAs: 'known cohorts', none: 'no cohorts are recorded yet', where})]),
		...(filters.trainee === undefined || isKnownName(filters.trainee, trainees)
			? []
			: [unknownNameSentence({missing: 'no trainee', name: filters.trainee, known: trainees, knownAs: 'known trainees', none: 'no trainees are recorded yet', where})]),
	];
}

/**
 * `mfadesk report [--format md|csv|json] [--trainee <name>] [--cohort <name>]`: per trainee and
 * scenario, the best score, attempts, time, hints and red flags, from the progress store or, with
 * `--merge <files...>`, from progress files and JSON reports of several machines (attempts
 * deduplicated by id). The report goes to stdout, messages to stderr. It only reads: a progress file it
 * cannot use is named and left as it is. Exit 0; 1 when the progress cannot be read or `--cohort` or
 * `--trainee` names someone it does not hold (the sentence names who it does hold); 2 on usage errors.
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

	const source = context.flags.merge ? await merged(context, context.args) : await stored(context);
	if (!source) {
		return exitCodes.failed;
	}

	const filters = filtersOf(context);
	const unknown = unknownFilters(filters, source);
	if (unknown.length > 0) {
		context.stderr.write(unknown.map((sentence) => `mfadesk report: ${sentence}\n`).join(''));
		return exitCodes.failed;
	}

	const {data} = source;
	const built = buildReport(data, filters);
	if (built.rows.length === 0 && data.attempts.length > 0) {
		context.stderr.write('mfadesk: no attempts match the filters.\n');
	}

	context.stdout.write(formatters[format](built));
	return exitCodes.ok;
};
