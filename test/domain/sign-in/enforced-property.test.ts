/**
 * Property: an Enforced user never gets in without a second factor unless the fact sheet names a
 * reason (fact sheet 2.1, 4.1, 6.1 steps 3 and 5, 8.3, 8.5, 10). Random tenants, worlds and service
 * facts, evaluated directly by the pure evaluation; every row is judged by the same independent
 * oracle as random play (test/hardening/sign-in-oracle.ts), which re-derives each allowed reason
 * from the INPUT state. Here the service facts are made up rather than computed, so the oracle
 * takes the TOTP verdicts as given and the credential fact as what the client sent.
 *
 * Run count: MFADESK_PROPERTY_RUNS (default 1000). The count is printed so the CI log shows it.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {CredentialCheck} from '../../../source/domain/sign-in/attempt.js';
import {evaluateSignIn} from '../../../source/domain/sign-in/evaluate-sign-in.js';
import type {User} from '../../../source/domain/tenant/user.js';
import {checkSignIn, usesModernAuth} from '../../hardening/sign-in-oracle.js';
import {enforcedScenarioArb, type Scenario} from '../../helpers/arbitraries.js';

const runs = Number(process.env['MFADESK_PROPERTY_RUNS'] ?? 1000);

/** The hash of the secret the client sent, as the scenario's credential fact says it matched (the oracle judges first factors by hash). */
function sentHashOf(user: User, credential: CredentialCheck): string {
	switch (credential.kind) {
		case 'password': {
			return user.passwordHash;
		}

		case 'app-password': {
			// A fact naming an app password the user no longer has matches nothing they hold.
			return user.appPasswords.find((each) => each.id === credential.appPasswordId)?.hash ?? 'hash-of-an-app-password-they-do-not-have';
		}

		case 'no-match': {
			return 'hash-of-some-other-secret';
		}
	}
}

/** Evaluates one scenario and asserts the invariant; returns which path it took, for the coverage print. */
function checkScenario(scenario: Scenario): string {
	const {state, attempt, facts} = scenario;
	const result = evaluateSignIn(state, attempt, facts);
	// These attempts name a user and client that exist, so the evaluation always logs a row instead of refusing.
	expect(result.ok).toBe(true);
	if (!result.ok) {
		return 'rejected';
	}

	const {entry} = result;
	const user = state.tenant.users[attempt.userId]!;
	const verdict = checkSignIn({state, userId: attempt.userId, clientId: attempt.clientId, facts, entry, sentHash: sentHashOf(user, facts.credential), totpFacts: 'given'});
	const trace = entry.trace.map((step) => `${step.step}: ${step.detail}`).join('\n');
	expect(verdict.labelProblem, trace).toBeUndefined();
	expect(verdict.successProblem, trace).toBeUndefined();
	return verdict.path;
}

function isModern(scenario: Scenario): boolean {
	return usesModernAuth(scenario.state.world.people[scenario.attempt.userId]!.clients[0]!, scenario.state.tenant);
}

/** Runs the property over the scenarios of one client family and prints how many took each path. */
function runProperty(name: string, family: 'modern' | 'legacy'): void {
	const counts = new Map<string, number>();
	let total = 0;
	try {
		fc.assert(
			fc.property(
				enforcedScenarioArb.filter((scenario) => isModern(scenario) === (family === 'modern')),
				(scenario) => {
					// When the sign-in is evaluated, then every success has a reason the fact sheet allows
					const path = checkScenario(scenario);
					total++;
					counts.set(path, (counts.get(path) ?? 0) + 1);
				},
			),
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
