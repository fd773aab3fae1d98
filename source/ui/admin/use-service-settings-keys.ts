import {applyTextKey, textEditOf} from '../components/text-field.js';
import type {SettingsFormAction, SettingsFormState} from './use-service-settings-form.js';
import {useKeys} from '../components/key-layers.js';

/** Options of the service settings keys. */
export type ServiceSettingsKeysOptions = {
	readonly isActive: boolean;
	readonly form: SettingsFormState;
	readonly dispatch: (action: SettingsFormAction) => void;
	readonly onSave: () => void;
	readonly onRevert: () => void;
	readonly onSwitchTab: (direction: 1 | -1) => void;
	/** Called on any change to the draft (clears the last save's result). */
	readonly onEdit: () => void;
	/** The field under the cursor is read only for the trainee's role: Space, Enter and `x` change nothing. @default false */
	readonly isReadOnly?: boolean;
};

/**
 * Keys of the service settings tab: ↑↓ move, Space/Enter tick, choose or edit (Enter on save
 * saves), `x` removes a range, `s` saves, `r` reverts, ←→ switch tabs. On a field the role may not change,
 * Space, Enter and `x` do nothing. While a range or the days
 * field is being typed, keys go to the text (Enter keeps it, Esc drops it).
 */
export function useServiceSettingsKeys({isActive, form, dispatch, onSave, onRevert, onSwitchTab, onEdit, isReadOnly = false}: ServiceSettingsKeysOptions): void {
	useKeys(
		(input, key) => {
			if (form.edit !== undefined) {
				const typed = form.edit.target === 'days' ? input.replace(/\D/g, '') : input;
				const result = applyTextKey(form.edit.text, typed, key, 64);
				if (result.type === 'change') {
					dispatch({type: 'edit-text', edit: textEditOf(typed, key, 64)});
				} else if (result.type === 'submit') {
					dispatch({type: 'commit-edit'});
					onEdit();
				} else if (result.type === 'cancel') {
					dispatch({type: 'cancel-edit'});
				}

				return;
			}

			if (key.upArrow) {
				dispatch({type: 'move-up'});
			} else if (key.downArrow) {
				dispatch({type: 'move-down'});
			} else if (key.home || key.pageUp) {
				dispatch({type: 'home'});
			} else if (key.end || key.pageDown) {
				dispatch({type: 'end'});
			} else if (key.leftArrow || key.rightArrow) {
				onSwitchTab(key.leftArrow ? -1 : 1);
			} else if (input === 's') {
				onSave();
			} else if (input === 'r') {
				onRevert();
			} else if (isReadOnly) {
				// Read only: nothing under the cursor may change; the tab says why.
			} else if (input === 'x' || key.delete || key.backspace) {
				dispatch({type: 'remove-range'});
				onEdit();
			} else if (input === ' ' || key.return) {
				dispatch({type: 'activate'});
				onEdit();
			}
		},
		{isActive, isTyping: form.edit !== undefined},
	);
}
