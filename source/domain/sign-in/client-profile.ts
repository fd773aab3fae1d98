import type {Tenant} from '../tenant/tenant.js';
import type {ClientAppLabel} from '../state/logs.js';
import type {Client} from '../world/client.js';

/**
 * How a client talks to Microsoft 365: modern (OAuth, can show the MFA prompt) or Basic authentication
 * on a legacy protocol, and how the sign-in log labels it (fact sheet 5 and 6.4).
 */
export type ClientProfile = {
	readonly auth: 'modern' | 'basic';
	/** SMTP AUTH keeps Basic after 1 Oct 2022; the other Exchange protocols lose it (fact sheet 10). */
	readonly protocol: 'browser' | 'modern-app' | 'exchange-legacy' | 'smtp';
	readonly clientApp: ClientAppLabel;
	readonly application: string;
	/** Why the client uses this authentication (its version, registry values, setup path): the world cause, never shown to the admin. */
	readonly why: string;
};

const exchange = 'Office 365 Exchange Online';

function modernApp(why: string, application = 'Microsoft Office'): ClientProfile {
	return {auth: 'modern', protocol: 'modern-app', clientApp: 'Mobile apps and desktop clients', application, why};
}

function legacy(clientApp: ClientAppLabel, why: string, protocol: ClientProfile['protocol'] = 'exchange-legacy'): ClientProfile {
	return {auth: 'basic', protocol, clientApp, application: exchange, why};
}

/** Works out the authentication a client uses against this tenant (fact sheet 5). */
export function clientProfile(client: Client, tenant: Tenant): ClientProfile {
	const modernAuth = tenant.exchange.modernAuthEnabled;
	switch (client.kind) {
		case 'browser': {
			return {auth: 'modern', protocol: 'browser', clientApp: 'Browser', application: 'OfficeHome', why: 'Web browsers always use modern authentication.'};
		}

		case 'modern-app': {
			return modernApp(`${client.name} always uses modern authentication.`, client.name);
		}

		case 'outlook': {
			return outlookProfile(client, modernAuth);
		}

		case 'ios-mail': {
			if (client.setup === 'sign-in' && client.iosVersion >= 11) {
				return modernApp('iPhone Mail added with Exchange > Sign In uses modern authentication (iOS 11+).', 'iOS Accounts');
			}

			if (client.setup === 'imap') {
				return legacy('IMAP4', 'iPhone Mail added as an IMAP account uses Basic authentication.');
			}

			return legacy('Exchange ActiveSync', 'iPhone Mail added with Configure Manually uses Exchange ActiveSync with Basic authentication.');
		}

		case 'mail-client': {
			return client.protocol === 'imap'
				? legacy('IMAP4', `${client.name} signs in over IMAP with Basic authentication.`)
				: legacy('POP3', `${client.name} signs in over POP with Basic authentication.`);
		}

		case 'smtp-device': {
			return legacy('Authenticated SMTP', `${client.name} sends mail with SMTP AUTH (Basic authentication).`, 'smtp');
		}

		case 'exchange-powershell': {
			return legacy('Exchange Online PowerShell', 'The old Exchange Online PowerShell module uses Basic authentication.');
		}
	}
}

function outlookProfile(client: Extract<Client, {kind: 'outlook'}>, tenantModernAuth: boolean): ClientProfile {
	const {version, registry} = client;
	if (version === '2010') {
		return legacy('Outlook Anywhere (RPC over HTTP)', 'Outlook 2010 can only use Basic authentication.');
	}

	if (version === '2013') {
		// Office 2013 needs EnableADAL=1 and Version=1 (REG_DWORD) under ...\15.0\Common\Identity (fact sheet 5, ticket 17).
		if (registry.enableAdal === 1 && registry.version === 1 && tenantModernAuth) {
			return modernApp('Outlook 2013 with EnableADAL=1 and Version=1 uses modern authentication.');
		}

		const missing = registry.enableAdal === 1 && registry.version === 1 ? 'the tenant has Exchange modern authentication turned off' : 'the EnableADAL and Version registry values are not both 1';
		return legacy('MAPI over HTTP', `Outlook 2013 falls back to Basic authentication because ${missing}.`);
	}

	// Outlook 2016+ tries modern first; EnableADAL=0 forces Basic unless AlwaysUseMSOAuthForAutoDiscover=1 (fact sheet 5, ticket 18).
	if (registry.enableAdal === 0 && registry.alwaysUseMsoAuthForAutoDiscover !== 1) {
		return legacy('MAPI over HTTP', `Outlook ${version} has EnableADAL=0, which forces Basic authentication.`);
	}

	if (!tenantModernAuth) {
		return legacy('MAPI over HTTP', `Outlook ${version} falls back to Basic authentication because the tenant refuses modern authentication.`);
	}

	return modernApp(`Outlook ${version} uses modern authentication.`);
}
