import {useMemo, useState} from 'react';
import {Box} from 'ink';
import type {DisplayMode, Tone} from '../app/display.js';
import {rolesFor, type AdminTask} from '../../domain/admin/permissions.js';
import {legacyMethodsManageable} from '../../domain/common/era.js';
import {roleLabels} from '../../domain/tenant/roles.js';
import {TextLine} from '../components/text-line.js';
import {ToneText} from '../components/tone-text.js';
import type {KeyHint} from '../components/key-hint.js';
import {useCaptureReport} from '../components/use-capture-report.js';
import {useHintsReport} from '../components/use-hints-report.js';
import {windowEnd, windowStart, wrapLines, wrappedLineCount} from '../components/wrap-window.js';
import {serviceSettingsHints} from './mfa-page-hints.js';
import {readOnlyLines} from './service-settings-access.js';
import {useDisplay} from '../contexts/display-context.js';
import {useSessionView} from '../contexts/session-context.js';
import {theme, themeGlyphs} from '../theme.js';
import type {AdminIntent} from '../../services/admin-service.js';
import {sectionOfField, sectionOfIntent, settingsRows, type SectionError, type SettingsRow, type SettingsSection} from './service-settings-rows.js';
import {useActor} from './use-actor.js';
import {useIntentQueue, type QueueOutcome} from './use-intent-queue.js';
import {useFollowedSettingsForm} from './use-followed-settings-form.js';
import {changedSections, fieldsOf, settingsIntents} from './use-service-settings-form.js';
import {useServiceSettingsKeys} from './use-service-settings-keys.js';

/** Props of ServiceSettingsTab. */
export type ServiceSettingsTabProps = {
	readonly isActive: boolean;
	readonly height: number;
	readonly width: number;
	readonly onSwitchTab: (direction: 1 | -1) => void;
	readonly onCaptureChange?: ((isCapturing: boolean) => void) | undefined;
	/** Told the tab's keys (or the range or days editor's) while it shows; `undefined` when it stops. */
	readonly onHintsChange?: ((hints: readonly KeyHint[] | undefined) => void) | undefined;
};

const rowTones: Readonly<Record<SettingsRow['tone'], Tone | undefined>> = {section: theme.text.heading, normal: undefined, muted: theme.text.muted, error: theme.status.fail, warn: theme.status.warn};

function statusLine(outcome: QueueOutcome, dirty: boolean, display: DisplayMode): {readonly text: string; readonly tone: Tone} {
	const glyphs = themeGlyphs(display);
	switch (outcome.kind) {
		case 'running': {
			return {text: `Saving${glyphs.ellipsis}`, tone: theme.status.info};
		}

		case 'rejected':
		case 'error': {
			return {text: `${glyphs.fail} Updates failed: see the message under the setting.`, tone: theme.status.fail};
		}

		case 'done': {
			if (!dirty) {
				return {text: `${glyphs.ok} Updates successful`, tone: theme.status.ok};
			}

			break;
		}

		case 'idle': {
			break;
		}
	}

	return dirty ? {text: `Unsaved changes: s save ${glyphs.dot} r revert`, tone: theme.status.warn} : {text: 'No unsaved changes.', tone: theme.text.muted};
}

/**
 * The "service settings" tab: app passwords radio, trusted IPs (federated intranet checkbox and
 * an editable list of ranges), the four verification options and remember-MFA with its days.
 * Saving plays one admin intent per changed section; a refusal shows under its section. A section the
 * trainee's role may not change is greyed and read only, with the reason under the status line.
 */
export function ServiceSettingsTab({isActive, height, width, onSwitchTab, onCaptureChange, onHintsChange}: ServiceSettingsTabProps) {
	const {state} = useSessionView();
	const display = useDisplay();
	const {actor, era, refusal} = useActor();
	const {settings} = state.tenant;
	const queue = useIntentQueue();
	const {outcome} = queue;
	// After a save the draft is the tenant's; settings changed elsewhere carry a clean form along (derived, not reset in effects).
	const [form, dispatch] = useFollowedSettingsForm(settings, outcome.kind === 'done');
	const [sent, setSent] = useState<readonly AdminIntent[]>([]);
	const changed = changedSections(form.draft, settings);
	const dirty = Object.values(changed).some(Boolean);
	useCaptureReport(form.edit !== undefined, onCaptureChange);
	// Trusted IPs have a permission of their own (a Conditional Access Administrator may change them only).
	const refusals = {settings: refusal('mfa-service-settings'), trustedIps: refusal('trusted-ips')};
	// From 30 Sep 2025 the legacy verification options can't be changed by any role (the domain says era/not-available).
	const verificationLocked = !legacyMethodsManageable(state.now);
	const mayChange = (section: SettingsSection | undefined) =>
		section === undefined
			? refusals.settings === undefined || refusals.trustedIps === undefined
			: !(section === 'verification options' && verificationLocked) && (section === 'trusted ips' ? refusals.trustedIps : refusals.settings) === undefined;
	useHintsReport(serviceSettingsHints(form.edit, mayChange(undefined)), onHintsChange);
	const fields = fieldsOf(form.draft);
	useServiceSettingsKeys({
		isActive: isActive && outcome.kind !== 'running',
		isReadOnly: !mayChange(sectionOfField(fields[form.cursor])),
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
	const rows = useMemo(() => settingsRows(form, settings, error, display, verificationLocked), [form, settings, error, display, verificationLocked]);
	const onSaveRow = fields[form.cursor]?.kind === 'save';
	const focusRow = Math.max(0, rows.findIndex((row) => row.field === form.cursor));
	const lineCounts = rows.map((row) => wrappedLineCount(row.text, width - 2 - (row.indent ?? 0)));
	const need = (task: AdminTask) => (refusal(task) === undefined ? undefined : rolesFor(task, era).map((role) => roleLabels[role]));
	const readOnly = readOnlyLines({held: (actor?.roles ?? []).map((role) => roleLabels[role]), settingsNeed: need('mfa-service-settings'), trustedIpsNeed: need('trusted-ips')}, width, display);
	const listHeight = Math.max(4, height - 2 - readOnly.length);
	// Keep the inline error in view with the field it belongs to.
	const errorRow = rows.findIndex((row) => row.tone === 'error');
	const start = windowStart(lineCounts, errorRow > focusRow && !onSaveRow ? errorRow : focusRow, listHeight);
	const end = windowEnd(lineCounts, Math.min(start, focusRow), listHeight);
	const status = statusLine(outcome, dirty, display);
	const {pointer} = themeGlyphs(display);
	return (
		<Box flexDirection="column">
			<TextLine width={width} spans={[{text: status.text, tone: status.tone}]} />
			{readOnly.length === 0 ? null : (
				<Box height={readOnly.length} overflow="hidden" flexShrink={0}>
					<ToneText tone={theme.status.warn}>{readOnly.join('\n')}</ToneText>
				</Box>
			)}
			<Box flexDirection="column" height={listHeight} overflow="hidden">
				{rows.slice(Math.min(start, focusRow), end).map((row) => {
					const isCursor = row.field !== undefined && row.field === form.cursor;
					const tone = isCursor ? theme.focus : !mayChange(row.section) && row.tone === 'normal' ? theme.text.muted : rowTones[row.tone];
					return (
						<Box key={row.key} flexShrink={0}>
							<Box width={2 + (row.indent ?? 0)} flexShrink={0}>
								<ToneText bold tone={theme.focus}>
									{isCursor ? pointer : ' '}
								</ToneText>
							</Box>
							<ToneText bold={isCursor || row.tone === 'section'} tone={tone}>
								{wrapLines(row.text, width - 2 - (row.indent ?? 0)).join('\n')}
							</ToneText>
						</Box>
					);
				})}
			</Box>
		</Box>
	);
}
