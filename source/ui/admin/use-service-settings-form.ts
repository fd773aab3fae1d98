import type {MfaServiceSettings, VerificationOptions} from '../../domain/tenant/service-settings.js';
import type {AdminIntent} from '../../services/admin-service.js';
import type {TextEdit} from '../components/text-field.js';

/** The service settings as the form holds them while the trainee edits (days as typed text). */
export type SettingsDraft = {
	readonly appPasswordsAllowed: boolean;
	readonly skipForFederatedIntranet: boolean;
	readonly ranges: readonly string[];
	readonly verification: VerificationOptions;
	readonly rememberEnabled: boolean;
	readonly days: string;
};

/** One focusable field of the form, in page order. */
export type SettingsField =
	| {readonly kind: 'app-passwords'; readonly allowed: boolean}
	| {readonly kind: 'federated'}
	| {readonly kind: 'range'; readonly index: number}
	| {readonly kind: 'add-range'}
	| {readonly kind: 'verification'; readonly option: keyof VerificationOptions}
	| {readonly kind: 'remember'}
	| {readonly kind: 'days'}
	| {readonly kind: 'save'};

/** The text being typed into a range (index = ranges.length for a new one) or the days field. */
export type SettingsEdit = {readonly target: 'range'; readonly index: number; readonly text: string} | {readonly target: 'days'; readonly text: string};

/** The form: the draft, the focused field and the text being edited. */
export type SettingsFormState = {
	readonly draft: SettingsDraft;
	readonly cursor: number;
	readonly edit?: SettingsEdit;
};

/** Form actions, kebab-case. */
export type SettingsFormAction =
	| {readonly type: 'move-up' | 'move-down' | 'home' | 'end' | 'activate' | 'remove-range' | 'commit-edit' | 'cancel-edit'}
	/** An edit of the text being typed, applied to its latest value. */
	| {readonly type: 'edit-text'; readonly edit: TextEdit}
	| {readonly type: 'reset'; readonly settings: MfaServiceSettings};

/** The verification options in the page's order, with their fact-sheet labels (8.4). */
export const verificationLabels: ReadonlyArray<[keyof VerificationOptions, string]> = [
	['call', 'Call to phone'],
	['text', 'Text message to phone'],
	['appNotification', 'Notification through mobile app'],
	['appCode', 'Verification code from mobile app or hardware token'],
];

/** A draft equal to the tenant's current settings. */
export function draftOf(settings: MfaServiceSettings): SettingsDraft {
	return {
		appPasswordsAllowed: settings.appPasswordsAllowed,
		skipForFederatedIntranet: settings.skipForFederatedIntranet,
		ranges: settings.trustedIpRanges,
		verification: settings.verificationOptions,
		rememberEnabled: settings.rememberMfa.enabled,
		days: String(settings.rememberMfa.days),
	};
}

/** The focusable fields for a draft, in page order. Pure. */
export function fieldsOf(draft: SettingsDraft): readonly SettingsField[] {
	return [
		{kind: 'app-passwords', allowed: true},
		{kind: 'app-passwords', allowed: false},
		{kind: 'federated'},
		...draft.ranges.map((_range, index) => ({kind: 'range', index}) as const),
		{kind: 'add-range'},
		...verificationLabels.map(([option]) => ({kind: 'verification', option}) as const),
		{kind: 'remember'},
		{kind: 'days'},
		{kind: 'save'},
	];
}

function activate(state: SettingsFormState, field: SettingsField): SettingsFormState {
	const {draft} = state;
	switch (field.kind) {
		case 'app-passwords': {
			return {...state, draft: {...draft, appPasswordsAllowed: field.allowed}};
		}

		case 'federated': {
			return {...state, draft: {...draft, skipForFederatedIntranet: !draft.skipForFederatedIntranet}};
		}

		case 'range': {
			return {...state, edit: {target: 'range', index: field.index, text: draft.ranges[field.index] ?? ''}};
		}

		case 'add-range': {
			return {...state, edit: {target: 'range', index: draft.ranges.length, text: ''}};
		}

		case 'verification': {
			return {...state, draft: {...draft, verification: {...draft.verification, [field.option]: !draft.verification[field.option]}}};
		}

		case 'remember': {
			return {...state, draft: {...draft, rememberEnabled: !draft.rememberEnabled}};
		}

		case 'days': {
			return {...state, edit: {target: 'days', text: draft.days}};
		}

		case 'save': {
			return state;
		}
	}
}

function commit(state: SettingsFormState, edit: SettingsEdit): SettingsFormState {
	const {draft} = state;
	if (edit.target === 'days') {
		return {draft: {...draft, days: edit.text}, cursor: state.cursor};
	}

	const text = edit.text.trim();
	const ranges = [...draft.ranges];
	if (text.length === 0) {
		if (edit.index < ranges.length) {
			ranges.splice(edit.index, 1);
		}
	} else {
		ranges[edit.index] = text;
	}

	return {draft: {...draft, ranges}, cursor: state.cursor};
}

/** Pure reducer of the service settings form. */
export function settingsFormReducer(state: SettingsFormState, action: SettingsFormAction): SettingsFormState {
	const fields = fieldsOf(state.draft);
	const last = fields.length - 1;
	switch (action.type) {
		case 'move-up': {
			return {...state, cursor: Math.max(0, state.cursor - 1)};
		}

		case 'move-down': {
			return {...state, cursor: Math.min(last, state.cursor + 1)};
		}

		case 'home': {
			return {...state, cursor: 0};
		}

		case 'end': {
			return {...state, cursor: last};
		}

		case 'activate': {
			const field = fields[state.cursor];
			return field === undefined ? state : activate(state, field);
		}

		case 'remove-range': {
			const field = fields[state.cursor];
			if (field?.kind !== 'range') {
				return state;
			}

			return {...state, draft: {...state.draft, ranges: state.draft.ranges.filter((_range, index) => index !== field.index)}};
		}

		case 'edit-text': {
			return state.edit === undefined ? state : {...state, edit: {...state.edit, text: action.edit(state.edit.text)}};
		}

		case 'commit-edit': {
			return state.edit === undefined ? state : commit(state, state.edit);
		}

		case 'cancel-edit': {
			return {draft: state.draft, cursor: state.cursor};
		}

		case 'reset': {
			return {draft: draftOf(action.settings), cursor: Math.min(state.cursor, fieldsOf(draftOf(action.settings)).length - 1)};
		}
	}
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Which sections of the draft differ from the saved settings. Pure. */
export function changedSections(draft: SettingsDraft, settings: MfaServiceSettings): {readonly appPasswords: boolean; readonly trustedIps: boolean; readonly verification: boolean; readonly remember: boolean} {
	const options = settings.verificationOptions;
	return {
		appPasswords: draft.appPasswordsAllowed !== settings.appPasswordsAllowed,
		trustedIps: draft.skipForFederatedIntranet !== settings.skipForFederatedIntranet || !sameList(draft.ranges, settings.trustedIpRanges),
		verification: verificationLabels.some(([option]) => draft.verification[option] !== options[option]),
		remember: draft.rememberEnabled !== settings.rememberMfa.enabled || draft.days !== String(settings.rememberMfa.days),
	};
}

/**
 * The admin intents that save the draft, one per changed section, in page order. Values go to
 * the domain as typed (an empty days field is 0): the domain validates and refuses.
 */
export function settingsIntents(draft: SettingsDraft, settings: MfaServiceSettings): readonly AdminIntent[] {
	const changed = changedSections(draft, settings);
	const intents: AdminIntent[] = [];
	if (changed.appPasswords) {
		intents.push({type: 'set-app-passwords-allowed', allowed: draft.appPasswordsAllowed});
	}

	if (changed.trustedIps) {
		intents.push({type: 'set-trusted-ips', ranges: draft.ranges, skipForFederatedIntranet: draft.skipForFederatedIntranet});
	}

	if (changed.verification) {
		intents.push({type: 'set-verification-options', options: draft.verification});
	}

	if (changed.remember) {
		intents.push({type: 'set-remember-mfa', enabled: draft.rememberEnabled, days: Number(draft.days || '0')});
	}

	return intents;
}
