import {useState} from 'react';
import {Box, Text} from 'ink';
import type {PhoneSlot} from '../../domain/admin/admin-command.js';
import {phoneIn, phoneSlotLabels} from '../../domain/admin/phone-methods.js';
import {isValidPhoneNumber} from '../../domain/tenant/methods.js';
import type {User} from '../../domain/tenant/user.js';
import {CheckboxList} from '../components/checkbox-list.js';
import {textEditOf, TextField} from '../components/text-field.js';
import {ToneText} from '../components/tone-text.js';
import {theme} from '../theme.js';
import {CommandDialog} from './command-dialog.js';

const slots: readonly PhoneSlot[] = ['authentication', 'alternate', 'office'];

/** Props of AddMethodDialog. */
export type AddMethodDialogProps = {
	readonly user: User;
	readonly isActive: boolean;
	readonly onClose: () => void;
};

/**
 * "+ Add authentication method": pick the phone slot (↑↓) and type the number in Entra's format.
 * The format line is a typing aid only; the domain accepts or refuses the number.
 */
export function AddMethodDialog({user, isActive, onClose}: AddMethodDialogProps) {
	const [slotIndex, setSlotIndex] = useState(0);
	const [number, setNumber] = useState('');
	const slot = slots[slotIndex] ?? 'authentication';
	const existing = phoneIn(user.methods, slot);
	const looksRight = isValidPhoneNumber(number.trim());
	return (
		<CommandDialog
			isActive={isActive}
			onClose={onClose}
			canConfirm={number.trim().length > 0}
			hasTextField
			buildIntents={() => [{type: 'set-phone-method', userId: user.id, slot, number: number.trim()}]}
			onKey={(input, key) => {
				if (key.upArrow || key.downArrow) {
					setSlotIndex((index) => (index + (key.upArrow ? slots.length - 1 : 1)) % slots.length);
					return;
				}

				setNumber(textEditOf(input, key, 32));
			}}
			spec={{
				title: 'Add authentication method',
				confirmLabel: 'add',
				intents: [],
				body: (
					<Box flexDirection="column">
						<Text>Method: Phone number</Text>
						<CheckboxList kind="radio" cursor={slotIndex} items={slots.map((each, index) => ({label: phoneSlotLabels[each], checked: index === slotIndex}))} />
						<TextField label="Phone number:" value={number} isFocused />
						<ToneText tone={theme.text.muted}>Format: +1 4255551234 (+country code, a space, then the number)</ToneText>
						{number.trim().length > 0 && !looksRight ? <ToneText tone={theme.status.warn}>Not in the +CountryCode Number format yet.</ToneText> : null}
						{existing === undefined ? null : <ToneText tone={theme.status.warn}>Replaces the current {phoneSlotLabels[slot].toLowerCase()} {existing.number}.</ToneText>}
					</Box>
				),
			}}
		/>
	);
}
