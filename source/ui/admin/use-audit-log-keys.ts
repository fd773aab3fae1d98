import {useKeys} from '../components/key-layers.js';
import {applyTextKey, textEditOf} from '../components/text-field.js';
import {listActionForKey, type ListStateHandle} from '../components/use-list-state.js';

/** The activity filter of the audit log and whether it is being typed. */
export type AuditFilter = {
	readonly text: string;
	readonly isTyping: boolean;
	/** The text before `/`, restored by Esc. */
	readonly before: string;
};

/** No filter. */
export const noAuditFilter: AuditFilter = {text: '', isTyping: false, before: ''};

/** Options of the audit log keys. */
export type AuditLogKeysOptions = {
	readonly isActive: boolean;
	readonly filter: AuditFilter;
	/** Takes updaters: keys read before the next render each apply to the latest filter. */
	readonly setFilter: (update: (filter: AuditFilter) => AuditFilter) => void;
	readonly list: ListStateHandle;
};

/** Keys of the audit log: arrows move, `/` types an activity filter (Enter keeps it, Esc undoes it). */
export function useAuditLogKeys({isActive, filter, setFilter, list}: AuditLogKeysOptions): void {
	useKeys(
		(input, key) => {
			const move = listActionForKey(key);
			if (move) {
				list.dispatch(move);
				return;
			}

			if (!filter.isTyping) {
				if (input === '/') {
					setFilter((latest) => ({...latest, isTyping: true, before: latest.text}));
				}

				return;
			}

			const result = applyTextKey(filter.text, input, key);
			if (result.type === 'change') {
				const edit = textEditOf(input, key);
				setFilter((latest) => ({...latest, text: edit(latest.text)}));
				list.dispatch({type: 'home'});
			} else if (result.type === 'submit') {
				setFilter((latest) => ({...latest, isTyping: false}));
			} else if (result.type === 'cancel') {
				setFilter((latest) => ({text: latest.before, isTyping: false, before: ''}));
			}
		},
		{isActive, isTyping: filter.isTyping},
	);
}
