import type {Rejection} from '../../domain/common/rejection.js';
import type {MfaServiceSettings} from '../../domain/tenant/service-settings.js';
import {checkMark} from '../components/checkbox-list.js';
import {changedSections, fieldsOf, verificationLabels, type SettingsFormState} from './use-service-settings-form.js';

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
};

/** The refusal of the last save, placed under the section it concerns. */
export type SectionError = {readonly section: SettingsSection; readonly rejection: Rejection};

const unsaved = ' (unsaved)';

/**
 * The rows of the service settings tab with the fact-sheet labels (8.2-8.5). Pure: the view only
 * adds the cursor marker and colours.
 */
export function settingsRows(form: SettingsFormState, settings: MfaServiceSettings, error: SectionError | undefined): readonly SettingsRow[] {
	const {draft, edit} = form;
	const fields = fieldsOf(draft);
	const changed = changedSections(draft, settings);
	const rows: SettingsRow[] = [];
	const at = (predicate: (field: (typeof fields)[number]) => boolean) => fields.findIndex(predicate);
	const errorFor = (section: SettingsSection) => {
		if (error?.section === section) {
			rows.push({key: `error-${section}`, text: `✗ ${error.rejection.code}: ${error.rejection.message}`, tone: 'error', indent: 2});
		}
	};

	rows.push({key: 'h-app', text: `app passwords${changed.appPasswords ? unsaved : ''}`, tone: 'section'});
	for (const allowed of [true, false]) {
		const verb = allowed ? 'Allow' : 'Do not allow';
		rows.push({key: `app-${allowed}`, text: `${checkMark(draft.appPasswordsAllowed === allowed, 'radio')} ${verb} users to create app passwords to sign in to non-browser apps`, tone: 'normal', field: at((field) => field.kind === 'app-passwords' && field.allowed === allowed)});
	}

	errorFor('app passwords');
	rows.push({key: 'h-ips', text: `trusted ips${changed.trustedIps ? unsaved : ''}`, tone: 'section'});
	rows.push({key: 'federated', text: `${checkMark(draft.skipForFederatedIntranet, 'checkbox')} Skip multi-factor authentication for requests from federated users on my intranet`, tone: 'normal', field: at((field) => field.kind === 'federated')});
	rows.push({key: 'ranges-caption', text: 'Skip multi-factor authentication for requests from following range of IP address subnets', tone: 'normal', indent: 4});
	draft.ranges.forEach((range, index) => {
		const isEditing = edit?.target === 'range' && edit.index === index;
		const isNew = !settings.trustedIpRanges.includes(range);
		rows.push({key: `range-${index}`, text: isEditing ? `${edit.text}█` : `${range}${isNew ? unsaved : ''}`, tone: 'normal', indent: 4, field: at((field) => field.kind === 'range' && field.index === index)});
	});
	const isAdding = edit?.target === 'range' && edit.index === draft.ranges.length;
	rows.push({key: 'add-range', text: isAdding ? `${edit.text}█` : '+ add a range (CIDR, e.g. 203.0.113.0/24)', tone: isAdding ? 'normal' : 'muted', indent: 4, field: at((field) => field.kind === 'add-range')});
	errorFor('trusted ips');
	rows.push({key: 'h-verification', text: `verification options${changed.verification ? unsaved : ''}`, tone: 'section'});
	for (const [option, label] of verificationLabels) {
		rows.push({key: `v-${option}`, text: `${checkMark(draft.verification[option], 'checkbox')} ${label}`, tone: 'normal', field: at((field) => field.kind === 'verification' && field.option === option)});
	}

	errorFor('verification options');
	rows.push({key: 'h-remember', text: `remember multi-factor authentication on trusted device${changed.remember ? unsaved : ''}`, tone: 'section'});
	rows.push({key: 'remember', text: `${checkMark(draft.rememberEnabled, 'checkbox')} Allow users to remember multi-factor authentication on devices they trust`, tone: 'normal', field: at((field) => field.kind === 'remember')});
	const daysText = edit?.target === 'days' ? `${edit.text}█` : draft.days;
	rows.push({key: 'days', text: `Number of days users can trust devices for: ${daysText}`, tone: 'normal', indent: 4, field: at((field) => field.kind === 'days')});
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
