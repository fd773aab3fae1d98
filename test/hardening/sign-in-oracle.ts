/**
 * An independent oracle for invariant (a): no sign-in succeeds without the factor the fact sheet
 * requires. Everything is re-derived from the state BEFORE the sign-in and the secret the client
 * really sends (hashed again with the test hasher), never from the evaluation's own helpers. The
 * only facts taken as given are the TOTP verdicts, which the otplib adapter computes and tests.
 *
 * Allowed reasons, and nothing else (fact sheet 2.1, 4.1, 6.1 steps 2-8, 8.3, 8.5, 10):
 * - MFA not required (per-user Disabled, or Enabled on a legacy client; a guest whose home tenant doesn't ask);
 * - a trusted IP, when per-user MFA is what requires MFA, on P1/P2 (legacy only if the user has no app passwords);
 * - a valid remembered-device grant for this very browser, when per-user MFA is what requires MFA;
 * - an app password the user holds, on a legacy client whose Basic authentication still exists (for SMTP: the
 *   mailbox's own SMTP AUTH setting, else the organisation's);
 * - a second factor the person could really complete with what is in their hands.
 */
import {DAY} from '../../source/domain/common/time.js';
import type {SignInFacts} from '../../source/domain/sign-in/attempt.js';
import type {SignInLogEntry} from '../../source/domain/state/logs.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import type {Tenant} from '../../source/domain/tenant/tenant.js';
import type {User} from '../../source/domain/tenant/user.js';
import type {Client} from '../../source/domain/world/client.js';
import type {Phone} from '../../source/domain/world/phone.js';
import type {Person} from '../../source/domain/world/world.js';

/** Stated here, not imported from the era module (fact sheet 10). */
const basicAuthRetired = Date.parse('2022-10-01T00:00:00Z');
const legacyFraudAlertRemoved = Date.parse('2025-03-01T00:00:00Z');
const noPushForUnfamiliar = Date.parse('2023-08-01T00:00:00Z');
const modernLabels: ReadonlySet<string> = new Set(['Browser', 'Mobile apps and desktop clients']);

/** What the oracle needs to know about one sign-in. */
export type SignInCase = {
	/** The state at the instant of the evaluation (the turn's clock move applied). */
	readonly state: SimState;
	readonly userId: string;
	readonly clientId: string;
	readonly facts: SignInFacts;
	readonly entry: SignInLogEntry;
	/** The test hasher's hash of the secret the client sends (its saved secret, else the password the person knows). */
	readonly sentHash: string;
};

/** Fact sheet 5: does this client use modern authentication against this tenant? */
export function usesModernAuth(client: Client, tenant: Tenant): boolean {
	const tenantModern = tenant.exchange.modernAuthEnabled;
	switch (client.kind) {
		case 'browser':
		case 'modern-app': {
			return true;
		}

		case 'outlook': {
			if (client.version === '2010') {
				return false;
			}

			if (client.version === '2013') {
				return client.registry.enableAdal === 1 && client.registry.version === 1 && tenantModern;
			}

			return !(client.registry.enableAdal === 0 && client.registry.alwaysUseMsoAuthForAutoDiscover !== 1) && tenantModern;
		}

		case 'ios-mail': {
			return client.setup === 'sign-in' && client.iosVersion >= 11;
		}

		default: {
			return false;
		}
	}
}

function ipv4(text: string): number | undefined {
	const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
	const octets = match?.slice(1).map(Number);
	return octets?.every((octet) => octet <= 255) ? octets.reduce((sum, octet) => sum * 256 + octet, 0) : undefined;
}

function cidrContains(cidr: string, ip: string): boolean {
	const match = /^([\d.]+)\/(\d{1,2})$/.exec(cidr);
	const base = match ? ipv4(match[1]!) : undefined;
	const address = ipv4(ip);
	const bits = match ? Number(match[2]) : 99;
	if (base === undefined || address === undefined || bits > 32) {
		return false;
	}

	const size = 2 ** (32 - bits);
	return Math.floor(base / size) === Math.floor(address / size);
}

type Requirement = {readonly required: boolean; readonly perUser: boolean};

/** Fact sheet 2.1, 1.1, 1.2: is MFA required, and is per-user MFA what requires it? */
function requirementOf(tenant: Tenant, user: User, modern: boolean): Requirement {
	if (user.userType === 'guest') {
		return {required: user.guestHome?.mfaRequired === true, perUser: false};
	}

	if (tenant.securityDefaults) {
		return {required: true, perUser: false};
	}

	const required = user.perUserMfa === 'enforced' || (user.perUserMfa === 'enabled' && modern);
	return {required, perUser: required};
}

function trustedIp(tenant: Tenant, requirement: Requirement, ip: string): boolean {
	return requirement.perUser && (tenant.license === 'p1' || tenant.license === 'p2') && tenant.settings.trustedIpRanges.some((range) => cidrContains(range, ip));
}

function rememberedDevice(tenant: Tenant, user: User, client: Client, requirement: Requirement, now: number): boolean {
	if (client.kind !== 'browser' || client.rememberCookie === undefined || !tenant.settings.rememberMfa.enabled || !requirement.perUser) {
		return false;
	}

	const grantId = client.rememberCookie.grantId;
	const grant = user.rememberedDevices.find((each) => each.id === grantId);
	return (
		grant !== undefined &&
		grant.clientId === client.id &&
		now < grant.expiresAt &&
		now < grant.grantedAt + tenant.settings.rememberMfa.days * DAY &&
		(user.mfaSessionsRevokedAt === undefined || grant.grantedAt > user.mfaSessionsRevokedAt)
	);
}

function digits(number: string): string {
	return number.replaceAll(/\D/g, '');
}

const validNumber = /^\+[1-9]\d{0,2} \d{4,14}$/;
const optInCodes: ReadonlySet<string> = new Set(['53', '63', '234', '880']);

/** Is `number` one Microsoft sends to: the +CC format, and not a calling code still waiting for the admin's opt-in? (fact sheet 3.2) */
function sendable(tenant: Tenant, number: string): boolean {
	const code = /^\+(\d{1,3}) /.exec(number)?.[1];
	return validNumber.test(number) && !(code !== undefined && optInCodes.has(code) && !tenant.telephonyOptedInCallingCodes.includes(code));
}

/**
 * The phone in the person's hand, if the network routes `number` there (by number, not by method slot: the phone
 * in hand owns its number even when an old phone has the same one) and it can take a text or call now (fact sheet 3.2, 3.3).
 */
function mobileReached(tenant: Tenant, person: Person, number: string): Phone | undefined {
	const phone = person.phone;
	const reachable = phone !== undefined && sendable(tenant, number) && digits(phone.number) === digits(number)
		&& phone.poweredOn && phone.hasSignal && !(phone.roamingCallingCode !== undefined && phone.roamingBlocksTelephony);
	return reachable ? phone : undefined;
}

/** Does a call to `number` (+ extension) ring the desk the person sits at? Never when the mobile or an old phone has that number. */
function deskAnswers(tenant: Tenant, person: Person, number: string, extension: string | undefined): boolean {
	const desk = person.deskPhone;
	const otherPhoneOwnsIt = [person.phone, person.oldPhone].some((phone) => phone !== undefined && digits(phone.number) === digits(number));
	return desk !== undefined && !otherPhoneOwnsIt && sendable(tenant, number) && digits(desk.number) === digits(number)
		&& (desk.extension === undefined || desk.extension === extension) && person.networkId === 'office';
}

function textCompletable(tenant: Tenant, user: User, person: Person): boolean {
	const number = user.methods.authenticationPhone?.number;
	if (!tenant.settings.verificationOptions.text || tenant.securityDefaults || number === undefined) {
		return false;
	}

	// Only a mobile in hand can show a text; a desk landline never receives one.
	const phone = mobileReached(tenant, person, number);
	return phone !== undefined && !phone.smsBlocker && !phone.doNotDisturb;
}

function callCompletable(tenant: Tenant, user: User, person: Person): boolean {
	if (!tenant.settings.verificationOptions.call || tenant.securityDefaults || !person.behaviour.pressesHash) {
		return false;
	}

	const {authenticationPhone, alternatePhone, officePhone} = user.methods;
	const targets = [
		...(authenticationPhone ? [{number: authenticationPhone.number, extension: undefined}] : []),
		...(alternatePhone ? [{number: alternatePhone.number, extension: undefined}] : []),
		...(officePhone ? [{number: officePhone.number, extension: officePhone.extension}] : []),
	];
	return targets.some(({number, extension}) => {
		const phone = mobileReached(tenant, person, number);
		const mobile = phone !== undefined && !phone.blocksMicrosoftCaller && !phone.smsBlocker && !phone.callsGoToVoicemail && !phone.doNotDisturb;
		return mobile || deskAnswers(tenant, person, number, extension);
	});
}

function pushCompletable(state: SimState, user: User, person: Person, country: string): boolean {
	const {tenant, now} = state;
	const phone = person.phone;
	if (!tenant.settings.verificationOptions.appNotification || phone === undefined || !phone.authenticator.installed || !phone.poweredOn || !phone.hasData || person.behaviour.pushResponse !== 'approve') {
		return false;
	}

	const unfamiliar = now >= noPushForUnfamiliar && country !== person.homeCountry;
	const hidden = !phone.authenticator.notificationsAllowed || phone.authenticator.batteryOptimised || phone.doNotDisturb;
	if ((unfamiliar || hidden) && !person.behaviour.checksAuthenticatorManually) {
		return false;
	}

	return user.methods.authenticatorApps.some((app) => app.push && phone.authenticator.accounts.some((account) => account.registrationId === app.id && account.activated));
}

function codeCompletable(state: SimState, user: User, person: Person, facts: SignInFacts): boolean {
	const {tenant} = state;
	if (!tenant.settings.verificationOptions.appCode) {
		return false;
	}

	const fresh = (id: string): boolean => {
		const fact = Object.hasOwn(facts.totp, id) ? facts.totp[id] : undefined;
		const last = Object.hasOwn(user.lastAcceptedTotpStep, id) ? user.lastAcceptedTotpStep[id] : undefined;
		return fact?.accepted === true && fact.code !== undefined && fact.timeStep !== undefined && (last === undefined || fact.timeStep > last);
	};

	const phone = person.phone;
	const inApp = (id: string): boolean => phone !== undefined && phone.poweredOn && phone.authenticator.installed && phone.authenticator.accounts.some((account) => account.registrationId === id);
	const apps = user.methods.authenticatorApps.some((app) => app.code && inApp(app.id) && fresh(app.id));
	const software = user.methods.softwareTokens.some((token) => inApp(token.id) && fresh(token.id));
	const hardware = user.methods.hardwareTokens.some((token) => token.status === 'activated' && person.tokens.some((device) => device.serialNumber === token.serialNumber) && fresh(token.id));
	return apps || software || hardware;
}

/** Why a completed second factor could not really have been completed, or undefined when it could. */
function secondFactorProblem(test: SignInCase, user: User, person: Person, country: string): string | undefined {
	const {state, entry, facts} = test;
	if (user.mustRegisterAgain) {
		return 'the user had to register again, so no challenge may run';
	}

	if (state.now < legacyFraudAlertRemoved && user.mfaBlockedUntil !== undefined && user.mfaBlockedUntil > state.now) {
		return 'the user is blocked for MFA after a fraud report';
	}

	switch (entry.authMethod) {
		case 'Mobile app notification': {
			return pushCompletable(state, user, person, country) ? undefined : 'push approved without an allowed push registration activated in an app the person holds and sees';
		}

		case 'OATH verification code': {
			return codeCompletable(state, user, person, facts) ? undefined : 'code accepted without an allowed OATH credential in hand whose current code the tenant accepts and has not used';
		}

		case 'Text message': {
			return textCompletable(state.tenant, user, person) ? undefined : 'text completed although it could not reach and be read on the phone in hand';
		}

		case 'Phone call': {
			return callCompletable(state.tenant, user, person) ? undefined : 'call completed although no allowed call could be answered with #';
		}

		default: {
			return `completed with an unknown method ${String(entry.authMethod)}`;
		}
	}
}

/** What the first factor the client sends is, judged from its hash. A temporary password that must be changed first never opens anything (fact sheet 7.3). */
function firstFactor(test: SignInCase, user: User, modern: boolean): 'password' | 'app-password' | 'wrong' | 'expired' | 'temporary' {
	const hash = test.sentHash;
	if (!modern && user.appPasswords.some((each) => each.hash === hash)) {
		return 'app-password';
	}

	if (user.passwordHash !== hash) {
		return 'wrong';
	}

	if (user.mustChangePassword) {
		return 'temporary';
	}

	return user.passwordExpiresAt !== undefined && user.passwordExpiresAt <= test.state.now ? 'expired' : 'password';
}

/** SMTP AUTH for this user's mailbox: its own Set-CASMailbox value, else the organisation's (fact sheet 9 ticket 28). */
function smtpAuthOn(tenant: Tenant, userId: string): boolean {
	const own = tenant.exchange.smtpAuthMailboxes !== undefined && Object.hasOwn(tenant.exchange.smtpAuthMailboxes, userId) ? tenant.exchange.smtpAuthMailboxes[userId] : undefined;
	return own === undefined ? tenant.exchange.smtpBasicAuthEnabled : own === 'enabled';
}

/** The label every sign-in row must carry, and why a Success is not allowed (undefined when it is). */
export function checkSignIn(test: SignInCase): {readonly labelProblem?: string; readonly successProblem?: string; readonly path: string} {
	const {state, entry} = test;
	const {tenant, now} = state;
	const person = state.world.people[test.userId]!;
	const client = person.clients.find((each) => each.id === test.clientId)!;
	const user = tenant.users[test.userId];
	const modern = usesModernAuth(client, tenant);
	const labelProblem = modernLabels.has(entry.clientApp) === modern ? undefined : `client app ${entry.clientApp} for a ${modern ? 'modern' : 'legacy'} ${client.kind}`;
	const base = labelProblem === undefined ? {} : {labelProblem};
	if (entry.status !== 'Success') {
		return {...base, path: `${modern ? 'modern' : 'legacy'} ${entry.status.toLowerCase()} ${entry.errorCode}`};
	}

	const path = `${modern ? 'modern' : 'legacy'} success: ${(entry.mfaResultDetail ?? 'single factor').replace(/^MFA (requirement )?/, '')}`;
	const fail = (successProblem: string) => ({...base, path, successProblem});
	if (user === undefined) {
		return fail('success for a user the tenant does not have');
	}

	if (!user.accountEnabled) {
		return fail('success although sign-in is blocked');
	}

	if (user.lockout.lockedUntil !== undefined && user.lockout.lockedUntil > now) {
		return fail('success during smart lockout');
	}

	const credential = firstFactor(test, user, modern);
	if (credential === 'wrong' || credential === 'expired' || credential === 'temporary') {
		return fail(`success with a ${credential} first factor`);
	}

	const networkId = client.network ?? person.networkId;
	const network = state.world.networks[networkId]!;
	const requirement = requirementOf(tenant, user, modern);
	if (!modern) {
		if (tenant.securityDefaults) {
			return fail('security defaults block legacy authentication');
		}

		const basic = client.kind === 'smtp-device' ? smtpAuthOn(tenant, test.userId) : now < basicAuthRetired;
		if (!basic) {
			return fail('Basic authentication is no longer accepted for this protocol');
		}

		if (credential === 'app-password') {
			return client.kind === 'exchange-powershell' ? fail('app passwords do not work for admin tools') : {...base, path};
		}

		if (!requirement.required || (trustedIp(tenant, requirement, network.ip) && user.appPasswords.length === 0)) {
			return {...base, path};
		}

		return fail('the password opened a legacy client although MFA is required and no documented exception applies');
	}

	if (!requirement.required) {
		return {...base, path};
	}

	if (trustedIp(tenant, requirement, network.ip) || rememberedDevice(tenant, user, client, requirement, now)) {
		return {...base, path};
	}

	if (entry.mfaResultDetail !== 'MFA successfully completed') {
		return fail(`MFA is required but the sign-in succeeded with "${String(entry.mfaResultDetail)}" and no bypass applies`);
	}

	const problem = secondFactorProblem(test, user, person, network.country);
	return problem === undefined ? {...base, path} : fail(problem);
}
