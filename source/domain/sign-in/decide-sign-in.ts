import type {Era} from '../common/era.js';
import {DAY, formatInstant} from '../common/time.js';
import {findUser, findUserByUpn} from '../tenant/tenant.js';
import type {User} from '../tenant/user.js';
import type {SimState} from '../state/sim-state.js';
import type {Client} from '../world/client.js';
import type {Network, Person} from '../world/world.js';
import type {CredentialCheck, SignInAttempt, SignInFacts} from './attempt.js';
import type {ClientProfile} from './client-profile.js';
import {decideLegacy} from './decide-legacy.js';
import {decideModern} from './decide-modern.js';
import {mfaRequirement} from './requirement.js';
import {signInErrors, step, type Trace, type Verdict} from './verdict.js';

/** Everything one evaluation looks at. */
export type SignInContext = {
	readonly state: SimState;
	readonly attempt: SignInAttempt;
	readonly facts: SignInFacts;
	readonly person: Person;
	readonly client: Client;
	readonly network: Network;
	readonly profile: ClientProfile;
	readonly era: Era;
	readonly trace: Trace;
};

/** Runs the evaluation order of fact sheet 6.1 and returns the verdict plus the user it concerns. */
export function decideSignIn(context: SignInContext): {readonly verdict: Verdict; readonly user?: User} {
	const {state, attempt, trace, profile} = context;
	const user = attempt.typedUpn === undefined ? findUser(state.tenant, attempt.userId) : findUserByUpn(state.tenant, attempt.typedUpn);
	if (!user) {
		step(trace, {step: 'user', verdict: 'fail', detail: `No account ${attempt.typedUpn ?? attempt.userId} in ${state.tenant.primaryDomain}.`, source: '6.1 step 1'});
		return {verdict: {status: 'Failure', ...signInErrors.userNotFound, userSays: "It says it can't find my account."}};
	}

	step(trace, {step: 'user', verdict: 'pass', detail: `Found ${user.upn} (${user.userType}). ${profile.why}`, source: '6.1 step 1, 5'});
	const verdict = decideForUser(context, user);
	return {verdict, user};
}

function decideForUser(context: SignInContext, user: User): Verdict {
	const {state, trace, facts, attempt, client, profile} = context;
	const {now} = state;
	if (!user.accountEnabled) {
		step(trace, {step: 'account', verdict: 'fail', detail: 'Sign-in is blocked for this account (Block sign in).', source: '6.2 AADSTS50057'});
		return {status: 'Failure', ...signInErrors.userDisabled, userSays: 'It says my account has been disabled.'};
	}

	if (user.lockout.lockedUntil !== undefined && user.lockout.lockedUntil > now) {
		step(trace, {step: 'lockout', verdict: 'fail', detail: `Smart lockout is active until ${formatInstant(user.lockout.lockedUntil)} after too many bad passwords. This is not an MFA problem.`, source: '1.2, 6.2 AADSTS50053'});
		return {status: 'Failure', ...signInErrors.locked, userSays: 'It says my account is locked. I think MFA broke it.'};
	}

	step(trace, {step: 'account', verdict: 'pass', detail: 'Account enabled and not locked out.', source: '6.1 step 2'});
	if (attempt.mode === 'refresh' && client.session && profile.auth === 'modern') {
		return decideRefresh(context, user, client.session);
	}

	const credential = heldCredential(user, facts.credential);
	if (credential.kind === 'no-match' || (credential.kind === 'app-password' && profile.auth === 'modern')) {
		const why =
			credential.kind === 'app-password'
				? 'An app password was typed into a modern sign-in page; app passwords only work for non-browser Basic-auth clients.'
				: 'The secret sent matches neither the password nor any app password.';
		step(trace, {step: 'credential', verdict: 'fail', detail: why, source: '6.1 step 2, 4.1'});
		return {status: 'Failure', ...signInErrors.badPassword, userSays: 'It keeps saying my password is wrong.', effects: {countFailedPassword: true}};
	}

	if (credential.kind === 'password' && user.passwordExpiresAt !== undefined && user.passwordExpiresAt <= now) {
		step(trace, {step: 'credential', verdict: 'fail', detail: 'The password matched but has expired.', source: '6.2 AADSTS50055'});
		return {status: 'Failure', ...signInErrors.expiredPassword, userSays: 'It says my password has expired.'};
	}

	step(trace, {step: 'credential', verdict: 'pass', detail: credential.kind === 'password' ? 'Password correct.' : 'App password correct (checked by Entra ID, bypassing federation).', source: '6.1 step 2'});
	const requirement = mfaRequirement(state.tenant, user, profile);
	return profile.auth === 'basic' ? decideLegacy(context, user, requirement, credential) : decideModern(context, user, requirement);
}

/** Trusts an app-password fact only for an app password the user still holds (it may have been deleted since). */
function heldCredential(user: User, credential: CredentialCheck): CredentialCheck {
	if (credential.kind === 'app-password' && !user.appPasswords.some((each) => each.id === credential.appPasswordId)) {
		return {kind: 'no-match'};
	}

	return credential;
}

function decideRefresh(context: SignInContext, user: User, session: NonNullable<Client['session']>): Verdict {
	const {state, trace, profile} = context;
	const requirement = mfaRequirement(state.tenant, user, profile);
	if (user.sessionsRevokedAt !== undefined && session.issuedAt <= user.sessionsRevokedAt) {
		step(trace, {step: 'session', verdict: 'fail', detail: 'The refresh token was issued before an admin revoked the user\'s sessions.', source: '6.1 step 9, 7.3'});
		return {status: 'Failure', ...signInErrors.sessionRevoked, requirement, userSays: 'The app asked me to sign in again.'};
	}

	if (session.issuedAt < user.passwordChangedAt) {
		step(trace, {step: 'session', verdict: 'fail', detail: 'The password changed after this session was issued.', source: '6.2 AADSTS50133'});
		return {status: 'Failure', ...signInErrors.credentialRevoked, requirement, userSays: 'The app asked me to sign in again.'};
	}

	if (!requirement.required) {
		step(trace, {step: 'session', verdict: 'pass', detail: 'Refresh token valid; no MFA requirement.', source: '6.1 step 9'});
		return {status: 'Success', errorCode: 0, failureReason: '', requirement, userSays: 'It just works, I never had to sign in again.'};
	}

	// Refresh tokens are checked against the remember-MFA day count, else the rolling 90-day window (fact sheet 5).
	const remember = state.tenant.settings.rememberMfa;
	const days = remember.enabled ? remember.days : 90;
	const mfaAt = session.mfaAt;
	const revoked = user.mfaSessionsRevokedAt !== undefined && mfaAt !== undefined && mfaAt <= user.mfaSessionsRevokedAt;
	if (mfaAt === undefined || revoked || state.now - mfaAt > days * DAY) {
		const why = mfaAt === undefined ? 'this session never did MFA' : revoked ? 'an admin revoked MFA sessions' : `the last MFA was more than ${days} days ago`;
		step(trace, {step: 'session', verdict: 'fail', detail: `MFA is required and ${why}; the client must sign in interactively.`, source: '6.1 step 9, 6.2 AADSTS50078'});
		return {status: 'Interrupted', ...signInErrors.mfaExpired, requirement, mfaResultDetail: 'MFA requirement has expired due to the policies configured on tenant', userSays: 'It popped up asking me to sign in again.'};
	}

	step(trace, {step: 'session', verdict: 'pass', detail: 'The refresh token carries an MFA claim that is still within the allowed window.', source: '6.3'});
	return {status: 'Success', errorCode: 0, failureReason: '', requirement, mfaResultDetail: 'MFA requirement satisfied by claim in the token', userSays: 'It just works.'};
}
