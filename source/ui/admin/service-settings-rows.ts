import type {DisplayMode} from '../app/display.js';
import type {Rejection} from '../../domain/common/rejection.js';
import type {MfaServiceSettings} from '../../domain/tenant/service-settings.js';
import {checkMark} from '../components/checkbox-list.js';
import {plainText, themeGlyphs} from '../theme.js';
import {changedSections, fieldsOf, verificationLabels, type SettingsField, type SettingsFormState} from './use-service-settings-form.js';

/** The sections of the service settings tab, as the legacy page heads them (fact sheet 8). */
export type SettingsSection = 'app passwords' | 'trusted ips' | 'verification options' | 'remember multi-factor authentication on trusted device';

/** One drawn line group of the form: a section heading, a field, a caption or an inline error. */
export type SettingsRow = {
	readonly key: string;
	readonly text: string;
	readonly tone: 'section' | 'normal' | 'muted' | 'error' | 'warn';
	/** Index into `fieldsOf(draft)` for focusable rows. */
	readonly field?: number;
	/** Extra indent, in columns, after the cursor marker. */
	readonly indent?: number;
	/** The section the row belongs to; none for the save button. */
	readonly section?: SettingsSection;
};

/** The refusal of the last save, placed under the section it concerns. */
export type SectionError = {readonly section: SettingsSection; readonly rejection: Rejection};

const unsaved = ' (unsaved)';

/** Why the verification options can't be changed any more (fact sheet 8.4, 10), under their heading. */
export const verificationLockedText = 'Read only since 30 Sep 2025: methods are managed in the Authentication methods policy.';

/**
 * The rows of the service settings tab with the fact-sheet labels (8.2-8.5), in the display's glyphs
 * (ASCII without Unicode). `verificationLocked`: the date is past 30 Sep 2025, so the verification options
 * read as read only, with why. Pure: the view only adds the cursor marker and tones.
 */
export function settingsRows(form: SettingsFormState, settings: MfaServiceSettings, error: SectionError | undefined, display: DisplayMode, verificationLocked = false): readonly SettingsRow[] {
	const {draft, edit} = form;
	const {caret, fail} = themeGlyphs(display);
	const box = (checked: boolean, kind: 'checkbox' | 'radio') => checkMark(checked, kind, display);
	const fields = fieldsOf(draft);
	const changed = changedSections(draft, settings);
	const rows: SettingsRow[] = [];
	const at = (predicate: (field: (typeof fields)[number]) => boolean) => fields.findIndex(predicate);
	const errorFor = (section: SettingsSection) => {
		if (error?.section === section) {
			rows.push({key: `error-${section}`, text: plainText(`${fail} ${error.rejection.message}`, display), tone: 'error', indent: 2, section});
		}
	};

	rows.push({key: 'h-app', text: `app passwords${changed.appPasswords ? unsaved : ''}`, tone: 'section', section: 'app passwords'});
	for (const allowed of [true, false]) {
		const verb = allowed ? 'Allow' : 'Do not allow';
		rows.push({key: `app-${allowed}`, text: `${box(draft.appPasswordsAllowed === allowed, 'radio')} ${verb} users to create app passwords to sign in to non-browser apps`, tone: 'normal', field: at((field) => field.kind === 'app-passwords' && field.allowed === allowed), section: 'app passwords'});
	}

	errorFor('app passwords');
	rows.push({key: 'h-ips', text: `trusted ips${changed.trustedIps ? unsaved : ''}`, tone: 'section', section: 'trusted ips'});
	rows.push({key: 'federated', text: `${box(draft.skipForFederatedIntranet, 'checkbox')} Skip multi-factor authentication for requests from federated users on my intranet`, tone: 'normal', field: at((field) => field.kind === 'federated'), section: 'trusted ips'});
	rows.push({key: 'ranges-caption', text: 'Skip multi-factor authentication for requests from following range of IP address subnets', tone: 'normal', indent: 4, section: 'trusted ips'});
	draft.ranges.forEach((range, index) => {
		const isEditing = edit?.target === 'range' && edit.index === index;
		const isNew = !settings.trustedIpRanges.includes(range);
		rows.push({key: `range-${index}`, text: isEditing ? `${edit.text}${caret}` : `${range}${isNew ? unsaved : ''}`, tone: 'normal', indent: 4, field: at((field) => field.kind === 'range' && field.index === index), section: 'trusted ips'});
	});
	const isAdding = edit?.target === 'range' && edit.index === draft.ranges.length;
	rows.push({key: 'add-range', text: isAdding ? `${edit.text}${caret}` : '+ add a range (CIDR, e.g. 203.0.113.0/24)', tone: isAdding ? 'normal' : 'muted', indent: 4, field: at((field) => field.kind === 'add-range'), section: 'trusted ips'});
	errorFor('trusted ips');
	rows.push({key: 'h-verification', text: `verification options${changed.verification ? unsaved : ''}`, tone: 'section', section: 'verification options'});
	if (verificationLocked) {
		rows.push({key: 'verification-locked', text: verificationLockedText, tone: 'warn', indent: 2, section: 'verification options'});
	}

	for (const [option, label] of verificationLabels) {
		rows.push({key: `v-${option}`, text: `${box(draft.verification[option], 'checkbox')} ${label}`, tone: 'normal', field: at((field) => field.kind === 'verification' && field.option === option), section: 'verification options'});
	}

	errorFor('verification options');
	rows.push({key: 'h-remember', text: `remember multi-factor authentication on trusted device${changed.remember ? unsaved : ''}`, tone: 'section', section: 'remember multi-factor authentication on trusted device'});
	rows.push({key: 'remember', text: `${box(draft.rememberEnabled, 'checkbox')} Allow users to remember multi-factor authentication on devices they trust`, tone: 'normal', field: at((field) => field.kind === 'remember'), section: 'remember multi-factor authentication on trusted device'});
	const daysText = edit?.target === 'days' ? `${edit.text}${caret}` : draft.days;
	rows.push({key: 'days', text: `Number of days users can trust devices for: ${daysText}`, tone: 'normal', indent: 4, field: at((field) => field.kind === 'days'), section: 'remember multi-factor authentication on trusted device'});
	errorFor('remember multi-factor authentication on trusted device');
	rows.push({key: 'save', text: '[ save ]', tone: 'normal', field: at((field) => field.kind === 'save')});
	return rows;
}

/** The section a save intent belongs to, to place its refusal. */
export function sectionOfIntent(type: string): SettingsSection {
	switch (type) {
		case 'set-app-passwords-allowed': {
			return 'app passwords';
		}

		case 'set-trusted-ips': {
			return 'trusted ips';
		}

		case 'set-verification-options': {
			return 'verification options';
		}

		default: {
			return 'remember multi-factor authentication on trusted device';
		}
	}
}

/** The sections of a field, to know which permission it needs (trusted IPs have their own, fact sheet 7.2). Pure. */
export function sectionOfField(field: SettingsField | undefined): SettingsSection | undefined {
	switch (field?.kind) {
		case 'app-passwords': {
			return 'app passwords';
		}

		case 'federated':
		case 'range':
		case 'add-range': {
			return 'trusted ips';
		}

		case 'verification': {
			return 'verification options';
		}

		case 'remember':
		case 'days': {
			return 'remember multi-factor authentication on trusted device';
		}

		case 'save':
		case undefined: {
			return undefined;
		}
	}
}
