import type {ClientId, NetworkId, UserId} from '../common/ids.js';
import type {DefaultMethod} from '../tenant/methods.js';
import type {IosMailSetup, OutlookRegistry, OutlookVersion} from '../world/client.js';

/** Methods a person can set up in the registration flow or on Security info. */
export type RegistrationMethod = 'authenticator-app' | 'text' | 'call' | 'software-token' | 'hardware-token';

/**
 * Something the trainee asks the user to do ("ask the user to ..."). Fields marked "fact" are
 * computed by a service (seeded secrets, argon2 hashes) before the pure domain runs.
 */
export type UserAction =
	/** Try again with a client; the sign-in evaluation runs. */
	| {readonly type: 'sign-in'; readonly userId: UserId; readonly clientId: ClientId; readonly method?: DefaultMethod}
	/** Finish the "More information required" flow ("Set it up now"): Enabled becomes Enforced. */
	| {
			readonly type: 'complete-registration';
			readonly userId: UserId;
			readonly method: RegistrationMethod;
			/** fact: a new TOTP seed for an app or software token registration. */
			readonly secret?: string;
	  }
	/** Security info / Additional security verification: create an app password (facts: secret, hash, tag). */
	| {
			readonly type: 'create-app-password';
			readonly userId: UserId;
			readonly name: string;
			readonly secret: string;
			readonly hash: string;
			readonly lookupTag: string;
	  }
	/** Clear the client's saved credentials and sign in with the named app password. */
	| {readonly type: 'use-app-password-in-client'; readonly userId: UserId; readonly clientId: ClientId; readonly appPasswordId: string}
	/** Clear the client's saved credentials (it asks again and the person types their password). */
	| {readonly type: 'clear-saved-credentials'; readonly userId: UserId; readonly clientId: ClientId}
	/** Delete one of their own app passwords (only while the tenant allows app passwords, fact sheet 4.3). */
	| {readonly type: 'delete-app-password'; readonly userId: UserId; readonly appPasswordId: string}
	/** Phone settings: automatic date and time. */
	| {readonly type: 'set-phone-automatic-time'; readonly userId: UserId}
	/** Phone settings: allow Authenticator notifications and exempt it from battery optimisation. */
	| {readonly type: 'allow-authenticator-notifications'; readonly userId: UserId}
	/** Turn off the third-party SMS/call blocker. */
	| {readonly type: 'remove-blocker'; readonly userId: UserId}
	/** Turn off Do Not Disturb. */
	| {readonly type: 'turn-off-do-not-disturb'; readonly userId: UserId}
	/** Switch the phone on / go where there is signal. */
	| {readonly type: 'restore-phone-signal'; readonly userId: UserId}
	/** Answer the verification call and press # this time. */
	| {readonly type: 'press-hash-on-calls'; readonly userId: UserId}
	/** Open Authenticator and pull down to refresh to find the request. */
	| {readonly type: 'check-authenticator-manually'; readonly userId: UserId}
	/** Remove the account from the app and re-add it through Additional security verification (fact: new seed). */
	| {readonly type: 're-add-authenticator-account'; readonly userId: UserId; readonly secret: string}
	/** Set up Authenticator on the new phone and delete the old device (needs another working method). */
	| {readonly type: 'move-authenticator-to-new-phone'; readonly userId: UserId; readonly secret: string}
	/** Security info: change the default sign-in method. */
	| {readonly type: 'change-default-method'; readonly userId: UserId; readonly method: DefaultMethod}
	/** Security info: correct the authentication phone to the number really in their hand. */
	| {readonly type: 'update-phone-number'; readonly userId: UserId}
	/** Security info: self-activate a hardware token with the code it shows (fact). */
	| {readonly type: 'activate-hardware-token'; readonly userId: UserId; readonly tokenId: string; readonly codeAccepted: boolean}
	/** Additional security verification: restore MFA on previously trusted devices. */
	| {readonly type: 'restore-mfa-on-trusted-devices'; readonly userId: UserId}
	/** Set the Outlook registry values (e.g. Office 2013 EnableADAL=1 and Version=1), then sign out and in. */
	| {readonly type: 'set-outlook-registry'; readonly userId: UserId; readonly clientId: ClientId; readonly registry: OutlookRegistry}
	/** Upgrade Outlook to a newer version. */
	| {readonly type: 'upgrade-outlook'; readonly userId: UserId; readonly clientId: ClientId; readonly version: OutlookVersion}
	/** Remove the iPhone Mail account and add it again (Exchange > Sign In for modern auth). */
	| {readonly type: 're-add-ios-mail-account'; readonly userId: UserId; readonly clientId: ClientId; readonly setup: IosMailSetup}
	/**
	 * Sign in with the temporary password and choose a new one at "Update your password" (after an admin reset, or
	 * when the password expired). Facts: the new password the person picks, its hash, and whether the password they
	 * type now is the current one (one argon2 verification).
	 */
	| {
			readonly type: 'change-password';
			readonly userId: UserId;
			readonly newPassword: string;
			readonly passwordHash: string;
			readonly currentPasswordAccepted: boolean;
	  }
	/** Go to another network (office, home, hotel). */
	| {readonly type: 'move-to-network'; readonly userId: UserId; readonly networkId: NetworkId};

export type UserActionType = UserAction['type'];
