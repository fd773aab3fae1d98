import type {ClientId, NetworkId} from '../common/ids.js';
import type {Instant} from '../common/time.js';

/** A refresh-token session a modern client holds after a sign-in. */
export type ClientSession = {
	readonly issuedAt: Instant;
	/** When MFA was last satisfied for this session (used on refresh against remember-MFA days, fact sheet 5). */
	readonly mfaAt?: Instant;
};

/** Outlook for Windows versions the simulator knows (fact sheet 5). */
export type OutlookVersion = '2010' | '2013' | '2016' | '2019' | '365';

/** The product as people and Microsoft call it: `Outlook 2010`, but `Outlook for Microsoft 365` for the subscription. */
export function outlookProductName(version: OutlookVersion): string {
	return version === '365' ? 'Outlook for Microsoft 365' : `Outlook ${version}`;
}

/**
 * A client's name after Outlook `from` was replaced by `to`: the product name in it is swapped ("Outlook 2010 on
 * reception PC" becomes "Outlook 2016 on reception PC"); a name that never said which Outlook stays as it is.
 */
export function upgradedOutlookName(name: string, from: OutlookVersion, to: OutlookVersion): string {
	const spellings = [outlookProductName(from), `Outlook ${from}`];
	const found = spellings.find((each) => name.includes(each));
	return found === undefined ? name : name.replace(found, outlookProductName(to));
}

/** `HKCU\SOFTWARE\Microsoft\Office\<ver>\Common\Identity` values (fact sheet 1.3). Absent = not set. */
export type OutlookRegistry = {
	readonly enableAdal?: 0 | 1;
	readonly version?: 0 | 1;
	readonly alwaysUseMsoAuthForAutoDiscover?: 0 | 1;
};

/** How the iPhone Mail account was added (fact sheet 5, [S51]). */
export type IosMailSetup = 'sign-in' | 'configure-manually' | 'imap';

type ClientBase = {
	readonly id: ClientId;
	readonly name: string;
	/** A fixed network (e.g. a scanner in the office); otherwise the client is wherever the person is. */
	readonly network?: NetworkId;
	/**
	 * The secret the client has saved and sends (a password or an app password). Absent means it asks,
	 * and the person types the password they know. Plaintext lives only here, on the person's side.
	 */
	readonly savedSecret?: string;
	readonly session?: ClientSession;
};

export type BrowserClient = ClientBase & {
	readonly kind: 'browser';
	/** The remember-MFA cookie, naming the tenant grant it was issued for. */
	readonly rememberCookie?: {readonly grantId: string};
};

export type OutlookClient = ClientBase & {
	readonly kind: 'outlook';
	readonly version: OutlookVersion;
	readonly registry: OutlookRegistry;
};

export type IosMailClient = ClientBase & {
	readonly kind: 'ios-mail';
	readonly iosVersion: number;
	readonly setup: IosMailSetup;
};

export type MailProtocolClient = ClientBase & {
	readonly kind: 'mail-client';
	readonly protocol: 'imap' | 'pop';
};

export type SmtpDeviceClient = ClientBase & {
	readonly kind: 'smtp-device';
};

/** Teams, Outlook mobile, OneDrive...: always modern authentication. */
export type ModernAppClient = ClientBase & {
	readonly kind: 'modern-app';
};

/** Exchange Online PowerShell with the old basic-auth module. */
export type PowerShellClient = ClientBase & {
	readonly kind: 'exchange-powershell';
};

/** One of the person's client apps. */
export type Client = BrowserClient | OutlookClient | IosMailClient | MailProtocolClient | SmtpDeviceClient | ModernAppClient | PowerShellClient;

export type ClientKind = Client['kind'];
export const clientKinds: readonly ClientKind[] = ['browser', 'outlook', 'ios-mail', 'mail-client', 'smtp-device', 'modern-app', 'exchange-powershell'];
