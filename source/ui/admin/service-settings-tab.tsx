import {useEffect, useMemo, useRef, useState} from 'react';
import {Box, Text} from 'ink';
import {useCaptureReport} from '../components/use-capture-report.js';
import {windowEnd, windowStart, wrappedLineCount} from '../components/wrap-window.js';
import {useSessionView} from '../contexts/session-context.js';
import {colorProps, theme} from '../theme.js';
import type {AdminIntent} from '../../services/admin-service.js';
import {sectionOfIntent, settingsRows, type SectionError, type SettingsRow} from './service-settings-rows.js';
import {useActor} from './use-actor.js';
import {useIntentQueue, type QueueOutcome} from './use-intent-queue.js';
import {changedSections, fieldsOf, settingsIntents, useServiceSettingsForm} from './use-service-settings-form.js';
import {useServiceSettingsKeys} from './use-service-settings-keys.js';

/** Props of ServiceSettingsTab. */
export type ServiceSettingsTabProps = {
	readonly isActive: boolean;
	readonly height: number;
	readonly width: number;
	readonly onSwitchTab: (direction: 1 | -1) => void;
	readonly onCaptureChange?: ((isCapturing: boolean) => void) | undefined;
};

const toneColor: Readonly<Record<SettingsRow['tone'], string | undefined>> = {section: theme.text.heading, normal: undefined, muted: theme.text.muted, error: theme.status.fail, warn: theme.status.warn};

function statusLine(outcome: QueueOutcome, dirty: boolean): {readonly text: string; readonly color: string} {
	switch (outcome.kind) {
		case 'running': {
			return {text: 'Saving…', color: theme.status.info};
		}

		case 'rejected':
		case 'error': {
			return {text: '✗ Updates failed: see the message under the setting.', color: theme.status.fail};
		}

		case 'done': {
			if (!dirty) {
				return {text: '✓ Updates successful', color: theme.status.ok};
			}

			break;
		}

		case 'idle': {
			break;
		}
	}

	return dirty ? {text: 'Unsaved changes: s save · r revert', color: theme.status.warn} : {text: 'No unsaved changes.', color: theme.text.muted};
}

/**
 * The "service settings" tab: app passwords radio, trusted IPs (federated intranet checkbox and
 * an editable list of ranges), the four verification options and remember-MFA with its days.
 * Saving plays one admin intent per changed section; a refusal shows under its section.
 */
export function ServiceSettingsTab({isActive, height, width, onSwitchTab, onCaptureChange}: ServiceSettingsTabProps) {
	const {state} = useSessionView();
	const {allows} = useActor();
	const {settings} = state.tenant;
	const [form, dispatch] = useServiceSettingsForm(settings);
	const queue = useIntentQueue();
	const [sent, setSent] = useState<readonly AdminIntent[]>([]);
	const {outcome} = queue;
	const changed = changedSections(form.draft, settings);
	const dirty = Object.values(changed).some(Boolean);
	useCaptureReport(form.edit !== undefined, onCaptureChange);

	// After a save the draft follows the tenant, so "unsaved" marks only what was not saved.
	useEffect(() => {
		if (outcome.kind === 'done') {
			dispatch({type: 'reset', settings});
		}
	}, [outcome.kind, settings, dispatch]);

	// Settings changed elsewhere (undo, reset, a scenario step) carry a clean form along with them.
	const previous = useRef(settings);
	useEffect(() => {
		const before = previous.current;
		previous.current = settings;
		if (before !== settings && !Object.values(changedSections(form.draft, before)).some(Boolean)) {
			dispatch({type: 'reset', settings});
		}
	}, [settings, form.draft, dispatch]);

	useServiceSettingsKeys({
		isActive: isActive && outcome.kind !== 'running',
		form,
		dispatch,
		onSwitchTab,
		onEdit: queue.clear,
		onRevert() {
			queue.clear();
			dispatch({type: 'reset', settings});
		},
		onSave() {
			const intents = settingsIntents(form.draft, settings);
			if (intents.length > 0) {
				setSent(intents);
				queue.run(intents);
			}
		},
	});

	const failedIntent = outcome.kind === 'rejected' ? sent[outcome.index] : undefined;
	const error: SectionError | undefined = outcome.kind === 'rejected' && failedIntent !== undefined ? {section: sectionOfIntent(failedIntent.type), rejection: outcome.rejection} : undefined;
	const rows = useMemo(() => settingsRows(form, settings, error), [form, settings, error]);
	const fields = fieldsOf(form.draft);
	const onSaveRow = fields[form.cursor]?.kind === 'save';
	const focusRow = Math.max(0, rows.findIndex((row) => row.field === form.cursor));
	const lineCounts = rows.map((row) => wrappedLineCount(row.text, width - 2 - (row.indent ?? 0)));
	const listHeight = Math.max(4, height - 2);
	// Keep the inline error in view with the field it belongs to.
	const errorRow = rows.findIndex((row) => row.tone === 'error');
	const start = windowStart(lineCounts, errorRow > focusRow && !onSaveRow ? errorRow : focusRow, listHeight);
	const end = windowEnd(lineCounts, Math.min(start, focusRow), listHeight);
	const status = statusLine(outcome, dirty);
	const mayChange = allows('mfa-service-settings');
	return (
		<Box flexDirection="column">
			<Text color={status.color} wrap="truncate-end">
				{status.text}
				{mayChange ? '' : ' (greyed: your role may not change MFA service settings)'}
			</Text>
			<Box flexDirection="column" height={listHeight} overflow="hidden">
				{rows.slice(Math.min(start, focusRow), end).map((row) => {
					const isCursor = row.field !== undefined && row.field === form.cursor;
					const color = isCursor ? theme.focus : !mayChange && row.tone === 'normal' ? theme.text.muted : toneColor[row.tone];
					return (
						<Box key={row.key} flexShrink={0}>
							<Box width={2 + (row.indent ?? 0)} flexShrink={0}>
								<Text bold color={theme.focus}>
									{isCursor ? '›' : ' '}
								</Text>
							</Box>
							<Text bold={isCursor || row.tone === 'section'} {...colorProps(color)}>
								{row.text}
							</Text>
						</Box>
					);
				})}
			</Box>
		</Box>
	);
}
