import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import type {SignInLogEntry} from '../../domain/state/logs.js';
import {TabBar, tabBarLines} from '../components/tab-bar.js';
import {compactWidth} from '../components/use-terminal-rows.js';
import {wrappedLineCount} from '../components/wrap-window.js';
import {colorProps, signInStatusColor, theme, verdictColor} from '../theme.js';
import {formatDateTime} from './format.js';
import {diagnosticSummary, requirementLabel, verdictMarks} from './sign-in-log-model.js';

/** The tabs of a sign-in's details (fact sheet 6.4). */
export const signInDetailTabs = ['Basic info', 'Authentication Details', 'Sign-in diagnostic'] as const;

function Field({label, value, color, labelWidth}: {readonly label: string; readonly value: string; readonly color?: string | undefined; readonly labelWidth: number}) {
	return (
		<Box>
			<Box width={labelWidth} flexShrink={0}>
				<Text color={theme.text.label}>{label}</Text>
			</Box>
			<Text {...colorProps(color)}>{value}</Text>
		</Box>
	);
}

/** The blocks of a tab, one per field or diagnostic step, so the pane scrolls block by block (the diagnostic's "why" is drawn under them). Pure. */
export function detailBlocks(entry: SignInLogEntry, tab: number, labelWidth = 28): readonly ReactNode[] {
	const code = entry.errorCode === 0 ? '0' : String(entry.errorCode);
	switch (tab) {
		case 0: {
			return [
				<Field key="date" labelWidth={labelWidth} label="Date" value={`${formatDateTime(entry.at)} UTC`} />,
				<Field key="request" labelWidth={labelWidth} label="Request ID" value={entry.requestId} />,
				<Field key="correlation" labelWidth={labelWidth} label="Correlation ID" value={entry.correlationId} />,
				<Field key="user" labelWidth={labelWidth} label="User" value={entry.upn} />,
				<Field key="app" labelWidth={labelWidth} label="Application" value={entry.application} />,
				<Field key="status" labelWidth={labelWidth} label="Status" value={entry.status} color={signInStatusColor(entry.status)} />,
				<Field key="code" labelWidth={labelWidth} label="Sign-in error code" value={code} />,
				<Field key="reason" labelWidth={labelWidth} label="Failure reason" value={entry.failureReason || 'Other.'} />,
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
				<Field key="detail" labelWidth={labelWidth} label="Result detail" value={entry.mfaResultDetail ?? '—'} />,
				<Field key="result" labelWidth={labelWidth} label="Succeeded" value={entry.status === 'Success' ? 'true' : 'false'} color={signInStatusColor(entry.status)} />,
			];
		}

		default: {
			return [
				...entry.trace.map((step, index) => (
					<Box key={`${step.step}-${index}`}>
						<Box width={16} flexShrink={0}>
							<Text color={verdictColor(step.verdict)}>
								{verdictMarks[step.verdict]} {step.step}
							</Text>
						</Box>
						<Text>
							{step.detail} <Text color={theme.text.muted}>[§{step.source}]</Text>
						</Text>
					</Box>
				)),
			];
		}
	}
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

/** A sign-in's details: Basic info, Authentication Details and the Sign-in diagnostic walking the trace. */
export function SignInDetail({entry, tab, scroll, height, width}: SignInDetailProps) {
	// A narrow pane gives the values the room: long labels wrap instead.
	const blocks = detailBlocks(entry, tab, width < compactWidth ? 18 : 28);
	const first = Math.max(0, Math.min(scroll, blocks.length - 1));
	// The diagnostic's "why" stays under the steps whatever the scroll, so it is never out of sight.
	const why = tab === 2 ? diagnosticSummary(entry) : undefined;
	const whyLines = why === undefined ? 0 : Math.min(5, wrappedLineCount(why, width));
	// Title, tabs (two lines in a narrow pane) and the key line under the pane.
	const chrome = 2 + tabBarLines(signInDetailTabs, width);
	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end">
				<Text bold color={theme.text.heading}>
					Activity Details: Sign-ins
				</Text>
				{'  '}
				<Text color={signInStatusColor(entry.status)}>{entry.status}</Text>
				<Text color={theme.text.muted}>
					{'  '}
					{formatDateTime(entry.at)} {entry.upn}
				</Text>
			</Text>
			<TabBar tabs={signInDetailTabs} active={tab} />
			<Box flexDirection="column" height={Math.max(3, height - chrome - whyLines)} overflow="hidden">
				{blocks.slice(first).map((block, index) => (
					// Blocks keep their height when the pane overflows; Yoga would squash one-line rows to zero.
					<Box key={first + index} flexShrink={0} flexDirection="column">
						{block}
					</Box>
				))}
			</Box>
			{why === undefined ? null : (
				<Box height={whyLines} overflow="hidden">
					<Text bold color={entry.status === 'Success' ? theme.status.ok : theme.status.fail}>
						{why}
					</Text>
				</Box>
			)}
			<Text color={theme.text.muted}>{first > 0 ? `↑ ${first} more above · ` : ''}↑↓ scroll · ←→ tabs · Esc back</Text>
		</Box>
	);
}
