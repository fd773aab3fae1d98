import type {Tenant} from '../tenant/tenant.js';
import type {User} from '../tenant/user.js';
import type {DefaultMethod} from '../tenant/methods.js';

/** One way the user can be challenged right now, with the credential it uses. */
export type ChallengeOption =
	| {readonly method: 'text' | 'call' | 'alternate-call'; readonly number: string}
	| {readonly method: 'office-call'; readonly number: string; readonly extension?: string}
	| {readonly method: 'app-notification'; readonly registrationId: string}
	| {readonly method: 'app-code'; readonly credentialId: string; readonly credentialKind: 'authenticator' | 'software-token' | 'hardware-token'};

/**
 * The challenge options the tenant offers this user: registered methods filtered by the verification
 * options (fact sheet 8.4) and, with security defaults on, the Authenticator app and OATH codes only
 * (fact sheet 1.1). Order is the "Sign in another way" order.
 */
export function challengeOptions(tenant: Tenant, user: User): readonly ChallengeOption[] {
	const options = tenant.settings.verificationOptions;
	const appOnly = tenant.securityDefaults;
	const {methods} = user;
	const result: ChallengeOption[] = [];
	if (options.appNotification) {
		for (const app of methods.authenticatorApps) {
			if (app.push) {
				result.push({method: 'app-notification', registrationId: app.id});
			}
		}
	}

	if (options.appCode) {
		for (const app of methods.authenticatorApps) {
			if (app.code) {
				result.push({method: 'app-code', credentialId: app.id, credentialKind: 'authenticator'});
			}
		}

		for (const token of methods.softwareTokens) {
			result.push({method: 'app-code', credentialId: token.id, credentialKind: 'software-token'});
		}

		// Simplification: an assigned but not activated token is still offered, and its codes are rejected,
		// which is how ticket 27 ("my key-fob codes are rejected") presents to the user (fact sheet 3.5).
		for (const token of methods.hardwareTokens) {
			result.push({method: 'app-code', credentialId: token.id, credentialKind: 'hardware-token'});
		}
	}

	if (!appOnly) {
		if (options.text && methods.authenticationPhone) {
			result.push({method: 'text', number: methods.authenticationPhone.number});
		}

		if (options.call && methods.authenticationPhone) {
			result.push({method: 'call', number: methods.authenticationPhone.number});
		}

		if (options.call && methods.alternatePhone) {
			result.push({method: 'alternate-call', number: methods.alternatePhone.number});
		}

		if (options.call && methods.officePhone) {
			const {number, extension} = methods.officePhone;
			result.push({method: 'office-call', number, ...(extension === undefined ? {} : {extension})});
		}
	}

	return result;
}

/** Picks the option for a method: the requested one ("Sign in another way") or the default. */
export function pickOption(options: readonly ChallengeOption[], method: DefaultMethod | undefined): ChallengeOption | undefined {
	if (method === undefined) {
		return undefined;
	}

	return options.find((option) => option.method === method);
}

/** Label of the method under Authentication details (fact sheet 6.3: OATH covers every code). */
export function methodLabel(option: ChallengeOption): string {
	switch (option.method) {
		case 'text': {
			return 'Text message';
		}

		case 'call':
		case 'alternate-call':
		case 'office-call': {
			return 'Phone call';
		}

		case 'app-notification': {
			return 'Mobile app notification';
		}

		case 'app-code': {
			return 'OATH verification code';
		}
	}
}
