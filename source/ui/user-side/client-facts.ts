import type {SimState} from '../../domain/state/sim-state.js';
import {findUser} from '../../domain/tenant/tenant.js';
import type {Client, IosMailSetup, OutlookClient, OutlookRegistry} from '../../domain/world/client.js';
import type {Person} from '../../domain/world/world.js';
import {outlookVersionText} from '../../services/ask-labels.js';

/** One fact about a client as a label and a value. */
export type ClientFact = {
	readonly label: string;
	readonly value: string;
};

const kindWords: Readonly<Record<Client['kind'], string>> = {
	browser: 'Web browser',
	outlook: 'Outlook for Windows',
	'ios-mail': 'iPhone Mail',
	'mail-client': 'Mail app',
	'smtp-device': 'Device that sends mail (SMTP)',
	'modern-app': 'Microsoft 365 app',
	'exchange-powershell': 'Exchange Online PowerShell (old module)',
};

const iosSetupWords: Readonly<Record<IosMailSetup, string>> = {
	'sign-in': 'Add Account > Exchange > Sign In',
	'configure-manually': 'Add Account > Exchange > Configure Manually',
	imap: 'Add Account > Other > Add Mail Account (IMAP)',
};

/** Office's registry hive for an Outlook version: 14.0, 15.0, then 16.0. */
export function officeHive(client: OutlookClient): string {
	return client.version === '2010' ? '14.0' : client.version === '2013' ? '15.0' : '16.0';
}

const registryOrder: readonly (readonly [keyof OutlookRegistry, string])[] = [
	['enableAdal', 'EnableADAL'],
	['version', 'Version'],
	['alwaysUseMsoAuthForAutoDiscover', 'AlwaysUseMSOAuthForAutoDiscover'],
];

/** The Outlook registry values as `regedit` shows them (`not set` when absent). */
export function registryFacts(client: OutlookClient): readonly ClientFact[] {
	return registryOrder.map(([key, name]) => {
		const value = client.registry[key];
		return {label: name, value: value === undefined ? 'not set' : `${value} (REG_DWORD)`};
	});
}

/** A one-line summary of the client kind, e.g. `Outlook 2013` or `iPhone Mail (iOS 17)`. */
export function clientKindText(client: Client): string {
	switch (client.kind) {
		case 'outlook': {
			return outlookVersionText(client.version);
		}

		case 'ios-mail': {
			return `iPhone Mail (iOS ${client.iosVersion})`;
		}

		case 'mail-client': {
			return `Mail app (${client.protocol.toUpperCase()})`;
		}

		default: {
			return kindWords[client.kind];
		}
	}
}

/**
 * What the client has saved, as the person would describe it; the secret itself is never shown.
 * Person-side only: comparing with what they know is how they'd tell "my password" from "that code".
 */
export function savedSignInText(state: SimState, person: Person, client: Client): string {
	if (client.savedSecret === undefined) {
		return 'Nothing saved: asks for the password';
	}

	if (client.savedSecret === person.knownPassword) {
		return 'Their current password (saved)';
	}

	const notedId = Object.entries(person.notedAppPasswords).find(([, secret]) => secret === client.savedSecret)?.[0];
	if (notedId !== undefined) {
		const name = findUser(state.tenant, person.userId)?.appPasswords.find((each) => each.id === notedId)?.name ?? notedId;
		return `App password "${name}" (saved)`;
	}

	return 'A saved password they no longer know';
}

function timeText(at: number): string {
	const date = new Date(at);
	return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)}`;
}

/** Every fact the person can tell about one client: kind, version and registry, setup path, saved sign-in, session. Pure. */
export function clientFacts(state: SimState, person: Person, client: Client): readonly ClientFact[] {
	const facts: ClientFact[] = [{label: 'Kind', value: clientKindText(client)}];
	if (client.kind === 'outlook') {
		facts.push({label: 'Registry', value: `HKCU\\SOFTWARE\\Microsoft\\Office\\${officeHive(client)}\\Common\\Identity`}, ...registryFacts(client));
	}

	if (client.kind === 'ios-mail') {
		facts.push({label: 'Set up with', value: iosSetupWords[client.setup]});
	}

	if (client.kind === 'browser') {
		facts.push({label: 'Remember-MFA cookie', value: client.rememberCookie === undefined ? 'None' : 'Yes ("Don\'t ask again" ticked)'});
	}

	facts.push({label: 'Saved sign-in', value: savedSignInText(state, person, client)});
	const session = client.session;
	facts.push({
		label: 'Signed in',
		value: session === undefined ? 'No' : `Since ${timeText(session.issuedAt)}${session.mfaAt === undefined ? '' : `, MFA done ${timeText(session.mfaAt)}`}`,
	});
	const networkId = client.network ?? person.networkId;
	const network = Object.hasOwn(state.world.networks, networkId) ? state.world.networks[networkId] : undefined;
	const where = network === undefined ? networkId : `${network.label} (${network.ip}, ${network.location})`;
	facts.push({label: 'Network', value: client.network === undefined ? `With them: ${where}` : `Fixed: ${where}`});
	return facts;
}
