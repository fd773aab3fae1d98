/**
 * Property: an Enforced user never gets in without a second factor unless the fact sheet names a
 * reason (fact sheet 2.1, 4.1, 6.1 steps 3 and 5, 8.3, 8.5, 10). Random tenants, worlds and service
 * facts; the oracles below re-derive each allowed reason from the INPUT state, independently of the
 * evaluation's own helpers.
 *
 * Run count: MFADESK_PROPERTY_RUNS (default 1000). The count is printed so the CI log shows it.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {DAY} from '../../../source/domain/common/time.js';
import {evaluateSignIn} from '../../../source/domain/sign-in/evaluate-sign-in.js';
import {mfaResultDetails} from '../../../source/domain/sign-in/mfa-result-detail.js';
import type {SignInLogEntry} from '../../../source/domain/state/logs.js';
import type {Tenant} from '../../../source/domain/tenant/tenant.js';
import type {User} from '../../../source/domain/tenant/user.js';
import type {Client} from '../../../source/domain/world/client.js';
import type {Person} from '../../../source/domain/world/world.js';
import {enforcedScenarioArb, type Scenario} from '../../helpers/arbitraries.js';
import {instant} from '../../helpers/build-state.js';

const runs = Number(process.env['MFADESK_PROPERTY_RUNS'] ?? 1000);
/** Exchange Online Basic auth retirement (fact sheet 10), stated here rather than imported from the era module. */
const basicAuthRetired = instant('2022-10-01T00:00:00Z');
const modernLabels = new Set(['Browser', 'Mobile apps and desktop clients']);

// ---- Oracles: what the fact sheet says, computed from the scenario's input ----

/** Fact sheet 5: does this client use modern authentication against this tenant? */
function usesModernAuth(client: Client, tenant: Tenant): boolean {
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

			const forcedBasic = client.registry.enableAdal === 0 && client.registry.alwaysUseMsoAuthForAutoDiscover !== 1;
			return !forcedBasic && tenantModern;
		}

		case 'ios-mail': {
			return client.setup === 'sign-in' && client.iosVersion >= 11;
		}

		default: {
			return false;
		}
	}
}

function ipv4ToNumber(text: string): number | undefined {
	const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
	if (!match) {
		return undefined;
	}

	const octets = match.slice(1).map(Number);
	return octets.every((octet) => octet <= 255) ? octets.reduce((sum, octet) => sum * 256 + octet, 0) : undefined;
}

/** Fact sheet 8.3: is `ip` inside a well-formed `a.b.c.d/n` range? */
function cidrContains(cidr: string, ip: string): boolean {
	const match = /^([\d.]+)\/(\d{1,2})$/.exec(cidr);
	const base = match ? ipv4ToNumber(match[1]!) : undefined;
	const address = ipv4ToNumber(ip);
	const bits = match ? Number(match[2]) : 99;
	if (base === undefined || address === undefined || bits > 32) {
		return false;
	}

	const size = 2 ** (32 - bits);
	return Math.floor(base / size) === Math.floor(address / size);
}

/** Fact sheet 8.3 with 1.1: a P1/P2 trusted range skips per-user MFA; security defaults (which then require MFA) are not skipped. */
function trustedIpReason(tenant: Tenant, ip: string): boolean {
	return !tenant.securityDefaults && (tenant.license === 'p1' || tenant.license === 'p2') && tenant.settings.trustedIpRanges.some((range) => cidrContains(range, ip));
}

/** Fact sheet 8.5, 7.3: a real, unexpired grant for this very browser, not revoked. */
function rememberedDeviceReason(tenant: Tenant, user: User, client: Client, now: number): boolean {
	if (client.kind !== 'browser' || !client.rememberCookie || !tenant.settings.rememberMfa.enabled) {
		return false;
	}

	const grant = user.rememberedDevices.find((each) => each.id === client.rememberCookie?.grantId);
	return (
		grant !== undefined &&
		grant.clientId === client.id &&
		now < grant.expiresAt &&
		now < grant.grantedAt + tenant.settings.rememberMfa.days * DAY &&
		(user.mfaSessionsRevokedAt === undefined || grant.grantedAt > user.mfaSessionsRevokedAt)
	);
}

/** Fact sheet 3.2-3.5: a completed second factor must be one the person could really have completed. */
function completedFactorReason(scenario: Scenario, user: User, person: Person, entry: SignInLogEntry): string | undefined {
	const {tenant} = scenario.state;
	const options = tenant.settings.verificationOptions;
	if (user.mustRegisterAgain) {
		return 'the user had to register again, so no challenge should have run';
	}

	switch (entry.authMethod) {
		case 'Mobile app notification': {
			const inHand = person.phone?.authenticator.installed === true && person.phone.authenticator.accounts.some((account) => account.activated && user.methods.authenticatorApps.some((app) => app.push && app.id === account.registrationId));
			return options.appNotification && inHand && person.behaviour.pushResponse === 'approve' ? undefined : 'push completed without an allowed, activated Authenticator in hand and an approval';
		}

		case 'OATH verification code': {
			const accepted = Object.values(scenario.facts.totp).some((fact) => fact.accepted && fact.code !== undefined);
			return options.appCode && accepted ? undefined : 'code accepted although no TOTP fact was accepted';
		}

		case 'Text message': {
			const phone = person.phone;
			const delivered = phone !== undefined && phone.poweredOn && phone.hasSignal && !phone.smsBlocker && !phone.doNotDisturb;
			return options.text && !tenant.securityDefaults && delivered ? undefined : 'text completed although it could not have been read';
		}

		case 'Phone call': {
			return options.call && !tenant.securityDefaults && person.behaviour.pressesHash ? undefined : 'call completed without # or with calls not allowed';
		}

		default: {
			return `completed with an unknown method ${String(entry.authMethod)}`;
		}
	}
}

/** Why a modern success of an Enforced user is NOT justified, or undefined when it is. */
function unjustifiedModernSuccess(scenario: Scenario, user: User, person: Person, client: Client, ip: string, entry: SignInLogEntry): string | undefined {
	const {tenant, now} = scenario.state;
	switch (entry.mfaResultDetail) {
		case mfaResultDetails.completed: {
			return completedFactorReason(scenario, user, person, entry);
		}

		case mfaResultDetails.skippedLocation: {
			return trustedIpReason(tenant, ip) ? undefined : `location bypass but ${ip} is not inside a configured range on a P1/P2 licence`;
		}

		case mfaResultDetails.skippedRememberedDevice: {
			return rememberedDeviceReason(tenant, user, client, now) ? undefined : 'remembered-device bypass without a real, unexpired grant for this browser';
		}

		default: {
			return `modern success with MFA result detail ${String(entry.mfaResultDetail)}`;
		}
	}
}

/** Why a legacy success of an Enforced user is NOT justified, or undefined when it is. */
function unjustifiedLegacySuccess(scenario: Scenario, user: User, client: Client, ip: string): string | undefined {
	const {tenant, now} = scenario.state;
	const credential = scenario.facts.credential;
	const mailbox = tenant.exchange.smtpAuthMailboxes?.[user.id];
	const basicStillAccepted = client.kind === 'smtp-device' ? (mailbox === undefined ? tenant.exchange.smtpBasicAuthEnabled : mailbox === 'enabled') : now < basicAuthRetired;
	if (tenant.securityDefaults) {
		return 'security defaults block legacy authentication';
	}

	if (!basicStillAccepted) {
		return 'Basic authentication is no longer accepted for this protocol';
	}

	if (credential.kind === 'app-password') {
		return user.appPasswords.some((each) => each.id === credential.appPasswordId) ? undefined : `app password ${credential.appPasswordId} does not exist on the user`;
	}

	const trustedException = credential.kind === 'password' && trustedIpReason(tenant, ip) && user.appPasswords.length === 0;
	return trustedException ? undefined : 'the normal password worked on a legacy client outside the trusted-IP, no-app-password exception';
}

type Outcome = {readonly modern: boolean; readonly label: string};

/** Evaluates one scenario and asserts the invariant; returns which path it took, for the coverage print. */
function checkScenario(scenario: Scenario): Outcome {
	const {state, attempt, facts} = scenario;
	const result = evaluateSignIn(state, attempt, facts);
	expect(result.ok).toBe(true);
	const user = state.tenant.users[attempt.userId]!;
	const person = state.world.people[attempt.userId]!;
	const client = person.clients[0]!;
	const modern = usesModernAuth(client, state.tenant);
	if (!result.ok) {
		return {modern, label: 'rejected'};
	}

	const {entry} = result;
	const ip = state.world.networks[client.network ?? person.networkId]!.ip;
	expect(modernLabels.has(entry.clientApp), `client app label ${entry.clientApp} for ${JSON.stringify(client)}`).toBe(modern);
	if (entry.status !== 'Success') {
		return {modern, label: entry.status.toLowerCase()};
	}

	const temporary = scenario.facts.credential.kind === 'password' && user.mustChangePassword ? 'a temporary password that must be changed first signed in' : undefined;
	const why = temporary ?? (modern ? unjustifiedModernSuccess(scenario, user, person, client, ip, entry) : unjustifiedLegacySuccess(scenario, user, client, ip));
	expect(why, entry.trace.map((step) => `${step.step}: ${step.detail}`).join('\n')).toBeUndefined();
	return {modern, label: `success ${(entry.mfaResultDetail ?? 'single factor').replace(/^MFA (requirement )?/, '')}`};
}

/** Runs the property over the scenarios of one client family and prints how many took each path. */
function runProperty(name: string, family: 'modern' | 'legacy'): void {
	const counts = new Map<string, number>();
	let total = 0;
	try {
		fc.assert(
			fc.property(enforcedScenarioArb.filter((scenario) => usesModernAuth(scenario.state.world.people[scenario.attempt.userId]!.clients[0]!, scenario.state.tenant) === (family === 'modern')), (scenario) => {
				// When the sign-in is evaluated, then every success has a reason the fact sheet allows
				const outcome = checkScenario(scenario);
				total++;
				counts.set(outcome.label, (counts.get(outcome.label) ?? 0) + 1);
			}),
			{numRuns: runs},
		);
	} finally {
		const paths = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([label, count]) => `${label}: ${count}`);
		console.info(`${name}: ${total} property runs (numRuns ${runs}); ${paths.join(', ')}`);
	}
}

describe('an Enforced user never gets in on a single factor without a documented reason (property)', () => {
	it(`modern clients: only a completed second factor, a trusted IP or a valid remembered device (${runs} runs)`, () => {
		// Given random tenants, worlds and service facts for an Enforced member on a browser or modern app
		runProperty('enforced-property modern', 'modern');
	});

	it(`legacy clients: only an app password the user really has, while Basic is still accepted, or the trusted-IP exception (${runs} runs)`, () => {
		// Given random tenants, worlds and service facts for an Enforced member on a Basic-auth client
		runProperty('enforced-property legacy', 'legacy');
	});
});
