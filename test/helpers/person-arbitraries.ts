/**
 * Generated drafts of what a person holds, before hashing: the phone in their hand (power, signal,
 * blockers, clock, Authenticator accounts), their clients with what each has saved, and how they
 * behave when challenged. Secrets stay in clear here; the world builder hashes them.
 */
import fc from 'fast-check';
import type {IosMailSetup, OutlookRegistry, OutlookVersion} from '../../source/domain/world/client.js';
import type {Behaviour} from '../../source/domain/world/world.js';
import {clientSlots, deskExtensions, mostly, networkIds, rarely, totpSecretArb} from './pool-arbitraries.js';

/** How a client's saved secret relates to what the person knows. */
export type SavedSecretDraft = 'none' | 'password' | 'wrong' | {readonly appPassword: number};

/** One client the person holds, by its slot in `clientSlots`, with the settings of every kind (only its own are used). */
export type ClientDraft = {
	readonly slot: number;
	readonly saved: SavedSecretDraft;
	readonly outlookVersion: OutlookVersion;
	readonly registry: OutlookRegistry;
	readonly iosVersion: number;
	readonly iosSetup: IosMailSetup;
	readonly pinnedNetwork?: (typeof networkIds)[number] | undefined;
	readonly cookieGrant?: number | undefined;
};

/** The phone in the person's hand, before its Authenticator accounts are matched to the tenant's registrations. */
export type PhoneDraft = {
	readonly poweredOn: boolean;
	readonly hasSignal: boolean;
	readonly hasData: boolean;
	readonly isSmartphone: boolean;
	readonly roaming?: string | undefined;
	readonly roamingBlocksTelephony: boolean;
	readonly doNotDisturb: boolean;
	readonly smsBlocker: boolean;
	readonly blocksMicrosoftCaller: boolean;
	readonly callsGoToVoicemail: boolean;
	readonly clockOffsetSeconds: number;
	readonly installed: boolean;
	readonly notificationsAllowed: boolean;
	readonly batteryOptimised: boolean;
	/** Per tenant registration: is its account in this phone's app, activated, with the same seed? */
	readonly accounts: readonly {readonly present: boolean; readonly activated: boolean; readonly staleSecret?: string | undefined}[];
};

/** The person's desk phone on the office's shared line: reached through its extension, or a direct line without one. */
export type DeskDraft = {readonly extension?: string | undefined};

/** Mostly a desk behind an extension, sometimes a direct line. */
export const deskDraftArb: fc.Arbitrary<DeskDraft> = fc.oneof({arbitrary: fc.constantFrom(...deskExtensions).map((extension) => ({extension})), weight: 3}, {arbitrary: fc.constant<DeskDraft>({}), weight: 1});

/** How the person answers a challenge when nobody tells them otherwise. */
export const behaviourArb: fc.Arbitrary<Behaviour> = fc.record({
	pressesHash: mostly(true),
	pushResponse: fc.oneof({arbitrary: fc.constant('approve' as const), weight: 5}, {arbitrary: fc.constantFrom('deny' as const, 'report' as const, 'ignore' as const), weight: 1}),
	checksAuthenticatorManually: fc.boolean(),
	ticksDontAskAgain: fc.boolean(),
});

/** A phone that mostly works, with every way of not working drawn now and then. */
export const phoneDraftArb: fc.Arbitrary<PhoneDraft> = fc.record(
	{
		poweredOn: mostly(true, 8),
		hasSignal: mostly(true, 8),
		hasData: mostly(true, 8),
		isSmartphone: mostly(true, 8),
		roaming: rarely(fc.constantFrom('33', '1'), 8),
		roamingBlocksTelephony: fc.boolean(),
		doNotDisturb: mostly(false, 6),
		smsBlocker: mostly(false, 6),
		blocksMicrosoftCaller: mostly(false, 8),
		callsGoToVoicemail: mostly(false, 8),
		clockOffsetSeconds: fc.oneof({arbitrary: fc.constant(0), weight: 6}, {arbitrary: fc.constantFrom(-200, -40, 20, 45, 300), weight: 1}),
		installed: mostly(true, 8),
		notificationsAllowed: mostly(true, 6),
		batteryOptimised: mostly(false, 6),
		accounts: fc.array(fc.record({present: mostly(true, 6), activated: mostly(true, 6), staleSecret: rarely(totpSecretArb, 6)}, {requiredKeys: ['present', 'activated']}), {minLength: 2, maxLength: 2}),
	},
	{requiredKeys: ['poweredOn', 'hasSignal', 'hasData', 'isSmartphone', 'roamingBlocksTelephony', 'doNotDisturb', 'smsBlocker', 'blocksMicrosoftCaller', 'callsGoToVoicemail', 'clockOffsetSeconds', 'installed', 'notificationsAllowed', 'batteryOptimised', 'accounts']},
);

const clientDraftArb = (slot: number): fc.Arbitrary<ClientDraft> =>
	fc.record(
		{
			slot: fc.constant(slot),
			saved: fc.oneof({arbitrary: fc.constant<SavedSecretDraft>('none'), weight: 6}, {arbitrary: fc.constantFrom<SavedSecretDraft>('password', 'wrong', {appPassword: 0}, {appPassword: 1}), weight: 2}),
			outlookVersion: fc.constantFrom<OutlookVersion>('2010', '2013', '2016', '2019', '365'),
			registry: fc.record({enableAdal: fc.constantFrom<0 | 1>(0, 1), version: fc.constantFrom<0 | 1>(0, 1), alwaysUseMsoAuthForAutoDiscover: fc.constantFrom<0 | 1>(0, 1)}, {requiredKeys: []}),
			iosVersion: fc.constantFrom(10, 11, 17),
			iosSetup: fc.constantFrom<IosMailSetup>('sign-in', 'configure-manually', 'imap'),
			pinnedNetwork: rarely(fc.constantFrom(...networkIds), 2),
			cookieGrant: rarely(fc.constantFrom(0, 1, 7), 1),
		},
		{requiredKeys: ['slot', 'saved', 'outlookVersion', 'registry', 'iosVersion', 'iosSetup']},
	);

/** A non-empty subset of the client slots, each with its own draft. */
export const clientsArb: fc.Arbitrary<readonly ClientDraft[]> = fc
	.subarray(clientSlots.map((_slot, index) => index), {minLength: 1})
	.chain((slots) => fc.tuple(...slots.map((slot) => clientDraftArb(slot))))
	.map((clients) => clients);

