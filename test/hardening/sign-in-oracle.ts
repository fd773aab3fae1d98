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
 * - a second factor the person could really complete with what is in their hands (a call answered at the desk
 *   phone the number is routed to counts; a text to a desk line never does), or a code the trainee typed in
 *   real-time play whose verdict the tenant accepted and whose time step was not used yet.
 *
 * The row's MFA result detail must name the reason that applies: a success "skipped due to location" needs a
 * trusted range, "remembered device" a valid grant, "successfully completed" a completable factor, and none at
 * all that MFA was not required.
 */
import {DAY} from '../../source/domain/common/time.js';
import {mfaResultDetails} from '../../source/domain/sign-in/mfa-result-detail.js';
import type {SignInFacts} from '../../source/domain/sign-in/attempt.js';
import type {SignInLogEntry} from '../../source/domain/state/logs.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import type {Tenant} from '../../source/domain/tenant/tenant.js';
import type {User} from '../../source/domain/tenant/user.js';
import type {Client} from '../../source/domain/world/client.js';
import type {Network, Person} from '../../source/domain/world/world.js';
import {isTypedCode, secondFactorProblem} from './sign-in-oracle-factors.js';
import {callRangDesk} from './sign-in-oracle-phones.js';

/** Stated here, not imported from the era module (fact sheet 10). */
const basicAuthRetired = Date.parse('2022-10-01T00:00:00Z');
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
	/**
	 * Where the TOTP facts came from: `devices` (the default), read off what the person holds, so a code counts only
	 * from a credential in their hands; `given`, verdicts made up outside the world, so only the verdict counts. A
	 * code the trainee typed (real-time play) is recognised from the facts and judged by its verdict either way.
	 */
	readonly totpFacts?: 'devices' | 'given';
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

/** The row's path for the coverage print: the client family, the outcome, and the real-time and desk-phone paths. */
function pathOf(test: SignInCase, user: User | undefined, person: Person, modern: boolean): string {
	const {entry} = test;
	const outcome = entry.status === 'Success' ? `success: ${(entry.mfaResultDetail ?? 'single factor').replace(/^MFA (requirement )?/, '')}` : `${entry.status.toLowerCase()} ${entry.errorCode}`;
	const codeRefused = entry.status !== 'Success' && entry.authMethod === 'OATH verification code' ? `: ${(entry.mfaResultDetail ?? '').replace(/^MFA denied; /, '')}` : '';
	const typed = isTypedCode(test.facts) ? ` [typed code${codeRefused}]` : '';
	const desk = entry.authMethod === 'Phone call' && user !== undefined && callRangDesk(user, person, entry) ? ' [desk phone]' : '';
	return `${modern ? 'modern' : 'legacy'} ${outcome}${typed}${desk}`;
}

/** Why a Basic-auth Success is not allowed, or undefined when it is (fact sheet 4.1, 5, 8.3, 10). */
function legacyProblem(test: SignInCase, user: User, client: Client, credential: 'password' | 'app-password', network: Network): string | undefined {
	const {state, entry, userId} = test;
	const {tenant, now} = state;
	if (tenant.securityDefaults) {
		return 'security defaults block legacy authentication';
	}

	const basic = client.kind === 'smtp-device' ? smtpAuthOn(tenant, userId) : now < basicAuthRetired;
	if (!basic) {
		return 'Basic authentication is no longer accepted for this protocol';
	}

	if (credential === 'app-password') {
		return client.kind === 'exchange-powershell' ? 'app passwords do not work for admin tools' : undefined;
	}

	const requirement = requirementOf(tenant, user, false);
	const allowed =
		entry.mfaResultDetail === mfaResultDetails.skippedLocation
			? requirement.required && trustedIp(tenant, requirement, network.ip) && user.appPasswords.length === 0
			: entry.mfaResultDetail === undefined && !requirement.required;
	return allowed ? undefined : `the password opened a legacy client with "${entry.mfaResultDetail ?? 'single factor'}" although MFA is required and no documented exception applies`;
}

/** Why a modern Success is not allowed: the MFA result detail must name a reason that really applies (fact sheet 6.1 steps 4-8, 6.3). */
function modernProblem(test: SignInCase, user: User, person: Person, client: Client, network: Network): string | undefined {
	const {state, entry, facts} = test;
	const {tenant, now} = state;
	const requirement = requirementOf(tenant, user, true);
	const detail = entry.mfaResultDetail;
	if (detail === undefined) {
		return requirement.required ? 'MFA is required but the sign-in succeeded on a single factor' : undefined;
	}

	const bypassApplies =
		(detail === mfaResultDetails.skippedLocation && trustedIp(tenant, requirement, network.ip)) || (detail === mfaResultDetails.skippedRememberedDevice && rememberedDevice(tenant, user, client, requirement, now));
	if (bypassApplies) {
		return undefined;
	}

	if (detail !== mfaResultDetails.completed) {
		return `${requirement.required ? 'MFA is required but the' : 'The'} sign-in succeeded with "${detail}" and no bypass applies`;
	}

	const verdictOnly = test.totpFacts === 'given' || isTypedCode(facts);
	return secondFactorProblem({state, facts, entry, user, person, country: network.country, verdictOnly});
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
	const path = pathOf(test, user, person, modern);
	const base = {...(labelProblem === undefined ? {} : {labelProblem}), path};
	if (entry.status !== 'Success') {
		return base;
	}

	const fail = (successProblem: string) => ({...base, successProblem});
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

	const network = state.world.networks[client.network ?? person.networkId]!;
	const problem = modern ? modernProblem(test, user, person, client, network) : legacyProblem(test, user, client, credential, network);
	return problem === undefined ? base : fail(problem);
}
