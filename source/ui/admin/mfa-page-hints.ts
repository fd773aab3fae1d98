import type {KeyHint} from '../components/key-hint.js';
import type {SettingsEdit} from './use-service-settings-form.js';

/** The users tab's keys: what the MFA page exports for the footer and help (the tab it opens on). */
export const mfaUsersTabKeyHints: readonly KeyHint[] = [
	{keys: '←→', label: 'users / service settings tab'},
	{keys: '↑↓ PgUp PgDn', label: 'move'},
	{keys: '/', label: 'search users'},
	{keys: 'f', label: 'filter by multi-factor auth status'},
	{keys: 'Space', label: 'select user'},
	{keys: 'a', label: 'select all shown / none'},
	{keys: 'e n d', label: 'quick steps Enable / Enforce / Disable'},
	{keys: 'm', label: 'quick step Manage user settings'},
	{keys: 'Enter', label: 'confirm dialog'},
	{keys: 'Esc', label: 'cancel dialog or typing'},
];

/** The service settings tab's keys, reported while it shows; what edits and deletes a range first, as the footer cuts the rest. */
export const serviceSettingsKeyHints: readonly KeyHint[] = [
	{keys: 'Space Enter', label: 'tick, or edit a range'},
	{keys: 'x', label: 'delete range'},
	{keys: 's r', label: 'save / revert'},
	{keys: '←→', label: 'users tab'},
	{keys: '↑↓', label: 'move'},
];

/** The keys while a trusted IP range is typed. */
export const rangeEditKeyHints: readonly KeyHint[] = [
	{keys: 'Enter', label: 'keep the range (empty: delete it)'},
	{keys: 'Esc', label: 'cancel'},
	{keys: 'Backspace', label: 'erase'},
	{keys: 'Ctrl+U', label: 'clear'},
];

/** The keys while the days users can trust a device for are typed. */
export const daysEditKeyHints: readonly KeyHint[] = [
	{keys: 'Enter', label: 'keep the days'},
	{keys: 'Esc', label: 'cancel'},
	{keys: 'Backspace', label: 'erase'},
];

/** The keys of a service settings tab the trainee's roles may only read. */
export const readOnlySettingsKeyHints: readonly KeyHint[] = [
	{keys: '←→', label: 'users tab'},
	{keys: '↑↓', label: 'move'},
];

/** The service settings tab's keys for what it is doing: typing a range, the days, or neither; only moving when nothing may change. Pure. */
export function serviceSettingsHints(edit: SettingsEdit | undefined, mayChangeAny = true): readonly KeyHint[] {
	if (edit === undefined) {
		return mayChangeAny ? serviceSettingsKeyHints : readOnlySettingsKeyHints;
	}

	return edit.target === 'range' ? rangeEditKeyHints : daysEditKeyHints;
}
