import type {ReactNode} from 'react';
import {Box} from 'ink';
import {truncate, type DisplayMode, type Tone} from '../app/display.js';
import type {Instant} from '../../domain/common/time.js';
import {signInErrorCodeText, type SignInLogEntry} from '../../domain/state/logs.js';
import {keyText} from '../components/key-hint.js';
import {TabBar, tabBarLines} from '../components/tab-bar.js';
import {TextLine} from '../components/text-line.js';
import {ToneText} from '../components/tone-text.js';
import {compactWidth} from '../components/use-terminal-rows.js';
import {wrapLines} from '../components/wrap-window.js';
import {useDisplay} from '../contexts/display-context.js';
import {useSessionView} from '../contexts/session-context.js';
import {plainText, signInStatusTone, theme, themeGlyphs, verdictTone} from '../theme.js';
import {formatDateTime} from './format.js';
import {diagnosticSummary, learnMoreLinks, requirementLabel, verdictMark} from './sign-in-log-model.js';

/** The tabs of a sign-in's details (fact sheet 6.4). */
export const signInDetailTabs = ['Basic info', 'Authentication Details', 'Sign-in diagnostic'] as const;

/** Columns of a diagnostic step's mark and name, before its sentence. */
const stepNameWidth = 16;

/** Lines the pinned "why" may take at most, so the steps keep room. */
const maxWhyLines = 5;

/** Further Microsoft Learn pages listed after the steps, most specific first. */
const maxMoreLinks = 3;

function Field({label, value, tone, labelWidth}: {readonly label: string; readonly value: string; readonly tone?: Tone | undefined; readonly labelWidth: number}) {
	return (
		<Box>
			{/* One cell after the label, so a label as wide as its column never runs into the value. */}
			<Box width={labelWidth} flexShrink={0} paddingRight={1}>
				<ToneText tone={theme.text.label}>{label}</ToneText>
			</Box>
			<ToneText tone={tone}>{value}</ToneText>
		</Box>
	);
}

/** What the blocks of a tab are drawn for: the display, the label column, the pane's width and the session start. */
export type DetailLayout = {
	readonly display: DisplayMode;
	/** @default 28 */
	readonly labelWidth?: number;
	/** Columns of the pane: diagnostic sentences are wrapped to it. @default 80 */
	readonly width?: number;
	/** When the scenario started: earlier sign-ins came before the ticket. */
	readonly startedAt?: Instant;
};

/**
 * The blocks of a tab, one per field or diagnostic step, so the pane scrolls block by block (the
 * diagnostic's "why" and its "Learn more" link are drawn under them, pinned); marks in the display's
 * glyphs. A step shows its `detail` only: never the fact sheet sections it cites (trainees don't have
 * the fact sheet) nor its `worldCause` (what happened on the handset, for the debrief). Pure.
 */
export function detailBlocks(entry: SignInLogEntry, tab: number, {display, labelWidth = 28, width = 80, startedAt}: DetailLayout): readonly ReactNode[] {
	const glyphs = themeGlyphs(display);
	// A failure Exchange refused before Entra saw it has no Entra code: not "0", which reads as success.
	const code = signInErrorCodeText(entry) ?? glyphs.none;
	switch (tab) {
		case 0: {
			const before = startedAt !== undefined && entry.at < startedAt ? ' (before the ticket)' : '';
			return [
				<Field key="date" labelWidth={labelWidth} label="Date" value={`${formatDateTime(entry.at)} UTC${before}`} />,
				<Field key="request" labelWidth={labelWidth} label="Request ID" value={entry.requestId} />,
				<Field key="correlation" labelWidth={labelWidth} label="Correlation ID" value={entry.correlationId} />,
				<Field key="user" labelWidth={labelWidth} label="User" value={entry.upn} />,
				<Field key="app" labelWidth={labelWidth} label="Application" value={entry.application} />,
				<Field key="status" labelWidth={labelWidth} label="Status" value={entry.status} tone={signInStatusTone(entry.status)} />,
				<Field key="code" labelWidth={labelWidth} label="Sign-in error code" value={code} />,
				<Field key="reason" labelWidth={labelWidth} label="Failure reason" value={plainText(entry.failureReason || 'Other.', display)} />,
				<Field key="client" labelWidth={labelWidth} label="Client app" value={entry.clientApp} />,
				<Field key="ip" labelWidth={labelWidth} label="IP address" value={entry.ipAddress} />,
				<Field key="location" labelWidth={labelWidth} label="Location" value={entry.location} />,
				<Field key="ca" labelWidth={labelWidth} label="Conditional Access" value={entry.conditionalAccess} />,
			];
		}

		case 1: {
			return [
				<Field key="requirement" labelWidth={labelWidth} label="Authentication requirement" value={requirementLabel(entry)} />,
				<Field key="policies" labelWidth={labelWidth} label="Requirement policies" value={entry.requirementPolicies.length === 0 ? 'None' : entry.requirementPolicies.join(', ')} />,
				<Field key="method" labelWidth={labelWidth} label="Authentication method" value={entry.authMethod ?? 'Password'} />,
				<Field key="detail" labelWidth={labelWidth} label="Result detail" value={entry.mfaResultDetail === undefined ? glyphs.none : plainText(entry.mfaResultDetail, display)} />,
				<Field key="result" labelWidth={labelWidth} label="Succeeded" value={entry.status === 'Success' ? 'true' : 'false'} tone={signInStatusTone(entry.status)} />,
			];
		}

		default: {
			const sentenceWidth = Math.max(10, width - stepNameWidth);
			const [, ...moreLinks] = learnMoreLinks(entry);
			return [
				...entry.trace.map((step, index) => (
					<Box key={`${step.step}-${index}`}>
						<Box width={stepNameWidth} flexShrink={0}>
							<ToneText tone={verdictTone(step.verdict)}>
								{verdictMark(step.verdict, display)} {step.step}
							</ToneText>
						</Box>
						<ToneText>{wrapLines(plainText(step.detail, display), sentenceWidth).join('\n')}</ToneText>
					</Box>
				)),
				// The decisive step's next pages, after the steps (the first one is pinned under them): title, then URL.
				...moreLinks.slice(0, maxMoreLinks).map((link) => (
					<ToneText key={link.url} tone={theme.text.muted}>
						{[...wrapLines(plainText(`Also: ${link.title}`, display), width), ...wrapLines(link.url, width)].join('\n')}
					</ToneText>
				)),
			];
		}
	}
}

/** The pinned "Learn more" of the diagnostic: the decisive step's first Microsoft Learn page, title then URL, as lines. Pure. */
export function learnMoreLines(entry: SignInLogEntry, width: number, display: DisplayMode): readonly string[] {
	const [link] = learnMoreLinks(entry);
	if (link === undefined) {
		return [];
	}

	// The title cut to one line, the URL whole (broken across lines when it is wider than the pane).
	return [truncate(plainText(`Learn more: ${link.title}`, display), width, display), ...wrapLines(link.url, width)];
}

/** Props of SignInDetail. */
export type SignInDetailProps = {
	readonly entry: SignInLogEntry;
	readonly tab: number;
	/** First block shown (↑↓ scroll). */
	readonly scroll: number;
	readonly height: number;
	readonly width: number;
};

/** The label column of the detail tabs at a width: a narrow pane gives the values the room, long labels wrap instead. */
export function detailLabelWidth(width: number): number {
	return width < compactWidth ? 19 : 28;
}

/**
 * A sign-in's details: Basic info, Authentication Details and the Sign-in diagnostic walking the trace,
 * with why it ended as it did and where Microsoft Learn explains it.
 */
export function SignInDetail({entry, tab, scroll, height, width}: SignInDetailProps) {
	const display = useDisplay();
	const {startedAt} = useSessionView();
	const {dot} = themeGlyphs(display);
	const blocks = detailBlocks(entry, tab, {display, labelWidth: detailLabelWidth(width), width, startedAt});
	const first = Math.max(0, Math.min(scroll, blocks.length - 1));
	// The diagnostic's "why" and "Learn more" stay under the steps whatever the scroll, so they are never out of sight.
	const why = tab === 2 ? wrapLines(plainText(diagnosticSummary(entry), display), width).slice(0, maxWhyLines) : [];
	const learn = tab === 2 ? learnMoreLines(entry, width, display) : [];
	const above = first === 0 ? '' : display.unicode ? `↑ ${first} more above ${dot} ` : `${first} more above ${dot} `;
	const keyLine = `${above}${keyText('↑↓', display.unicode)} scroll ${dot} ${keyText('←→', display.unicode)} tabs ${dot} Esc back`;
	// Title, tabs (two lines in a narrow pane) and the key line under the pane (two in ASCII at 55 columns).
	const chrome = 1 + tabBarLines(signInDetailTabs, width) + wrapLines(keyLine, width).length;
	return (
		<Box flexDirection="column">
			<TextLine
				width={width}
				spans={[
					{text: 'Activity Details: Sign-ins', tone: theme.text.heading, bold: true},
					{text: '  '},
					{text: entry.status, tone: signInStatusTone(entry.status)},
					{text: `  ${formatDateTime(entry.at)} ${entry.upn}`, tone: theme.text.muted},
				]}
			/>
			<TabBar tabs={signInDetailTabs} active={tab} />
			<Box flexDirection="column" height={Math.max(3, height - chrome - why.length - learn.length)} overflow="hidden">
				{blocks.slice(first).map((block, index) => (
					// Blocks keep their height when the pane overflows; Yoga would squash one-line rows to zero.
					<Box key={first + index} flexShrink={0} flexDirection="column">
						{block}
					</Box>
				))}
			</Box>
			{why.length === 0 ? null : (
				<Box height={why.length} overflow="hidden">
					<ToneText bold tone={entry.status === 'Success' ? theme.status.ok : theme.status.fail}>
						{why.join('\n')}
					</ToneText>
				</Box>
			)}
			{learn.length === 0 ? null : (
				<Box height={learn.length} overflow="hidden">
					<ToneText tone={theme.text.label}>{learn.join('\n')}</ToneText>
				</Box>
			)}
			<ToneText tone={theme.text.muted}>{keyLine}</ToneText>
		</Box>
	);
}
