import type {KeyBinding} from './key-bindings.js';
import type {KeyStroke} from './key-stroke.js';

/**
 * The bindings of "Bring your own authenticator" (issue 7), merged into THE key table by
 * key-bindings.ts. Only types come from there: the table imports this array, so this file must
 * not import its values (an import cycle would read them before they exist).
 */
export type PhoneKeyScope =
	/** The enrolment panel, full screen: cycle the registrations, close. */
	| 'enrol'
	/** Typing a code from the trainee's own authenticator app. */
	| 'code';

export type PhoneKeyIntent = 'phone.enrol' | 'phone.type-code' | 'enrol.previous' | 'enrol.next' | 'enrol.close' | 'code.submit' | 'code.cancel';

const ch = (input: string): KeyStroke => ({input});
const named = (key: NonNullable<KeyStroke['key']>): KeyStroke => ({key});

/** The rows, in the table's shape. */
export const phoneBindings: readonly KeyBinding[] = [
	{intent: 'phone.enrol', scope: 'user-side', keys: [ch('a')], hint: 'add to my app', description: 'On the phone screen: show the QR code and key of the person\'s authenticator registration, to add it to your own authenticator app.'},
	{intent: 'phone.type-code', scope: 'user-side', keys: [ch('t')], hint: 'type a code', description: 'With --real-time: the person signs in with a code you type from your own authenticator app.'},
	{intent: 'enrol.previous', scope: 'enrol', keys: [named('left')], hint: 'previous', description: 'Show the previous registration the person has.'},
	{intent: 'enrol.next', scope: 'enrol', keys: [named('right')], hint: 'registration', description: 'Show the next registration the person has.', footer: true, keyText: '←→'},
	{intent: 'enrol.close', scope: 'enrol', keys: [named('escape'), ch('q')], hint: 'close', description: 'Close the QR code and the key.', footer: true},
	{intent: 'code.submit', scope: 'code', keys: [named('return')], hint: 'sign in', description: 'Sign the person in with the code you typed.', footer: true},
	{intent: 'code.cancel', scope: 'code', keys: [named('escape')], hint: 'cancel', description: 'Close without signing in.', footer: true},
];

/** Scopes of this file that listen on their own (with Ctrl+C). */
export const phoneConcurrentScopes: readonly (readonly ('always' | PhoneKeyScope)[])[] = [
	['always', 'enrol'],
	['always', 'code'],
];
