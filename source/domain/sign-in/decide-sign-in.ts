import type {Era} from '../common/era.js';
import {DAY, formatInstant} from '../common/time.js';
import {findUser, findUserByUpn} from '../tenant/tenant.js';
import type {User} from '../tenant/user.js';
import type {SimState} from '../state/sim-state.js';
import type {Client} from '../world/client.js';
import type {Network, Person} from '../world/world.js';
import type {CredentialCheck, SignInAttempt, SignInFacts} from './attempt.js';
import type {ClientProfile} from './client-profile.js';
import {decideLegacy, legacyComplaint} from './decide-legacy.js';
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
		step(trace, {step: 'user', verdict: 'fail', detail: `No account ${attempt.typedUpn ?? attempt.userId} in ${state.tenant.primaryDomain}.`, source: '6.1 step 1, 6.2 AADSTS50034'});
		return {verdict: {status: 'Failure', ...signInErrors.userNotFound, userSays: "It says it can't find my account."}};
	}

	// Entra sees the client app and protocol (fact sheet 5, 6.4), not why the client chose it (registry values, setup path): that is the world cause.
	const auth = profile.auth === 'modern' ? 'modern authentication' : 'Basic authentication (legacy protocol)';
	step(trace, {step: 'user', verdict: 'pass', detail: `Found ${user.upn} (${user.userType}). Client app: ${profile.clientApp}, using ${auth}.`, source: '5, 6.1 step 1, 6.4', worldCause: profile.why});
	const verdict = decideForUser(context, user);
	return {verdict, user};
}

function decideForUser(context: SignInContext, user: User): Verdict {
	const {state, trace, facts, attempt, client, profile} = context;
	const {now} = state;
	if (!user.accountEnabled) {
		step(trace, {step: 'account', verdict: 'fail', detail: 'Sign-in is blocked for this account (Block sign in).', source: '6.1 step 2, 6.2 AADSTS50057'});
		return {status: 'Failure', ...signInErrors.userDisabled, userSays: 'It says my account has been disabled.'};
	}

	if (user.lockout.lockedUntil !== undefined && user.lockout.lockedUntil > now) {
		step(trace, {step: 'lockout', verdict: 'fail', detail: `Smart lockout is active until ${formatInstant(user.lockout.lockedUntil)} after too many bad passwords. This is not an MFA problem.`, source: '1.2, 6.1 step 2, 6.2 AADSTS50053'});
		return {status: 'Failure', ...signInErrors.locked, userSays: 'It says my account is locked. I think MFA broke it.'};
	}

	step(trace, {step: 'account', verdict: 'pass', detail: 'Account enabled and not locked out.', source: '6.1 step 2'});
	if (attempt.mode === 'refresh' && client.session && profile.auth === 'modern') {
		return decideRefresh(context, user, client.session);
	}

	const credential = heldCredential(user, facts.credential);
	if (credential.kind === 'no-match' || (credential.kind === 'app-password' && profile.auth === 'modern')) {
		// A modern sign-in checks the password only; app passwords are checked for Basic-auth protocols (fact sheet 4.1, 6.1 step 2).
		const detail = profile.auth === 'modern' ? 'The password entered is not the user\'s password.' : 'The password sent matches neither the user\'s password nor any of their app passwords.';
		const worldCause =
			credential.kind === 'app-password'
				? 'They typed an app password into a modern sign-in page; app passwords only work for non-browser Basic-auth clients.'
				: client.savedSecret === undefined
					? 'They typed a password that is not their current one.'
					: `${client.name} sent the secret it has saved, which is not their current password or an app password they hold.`;
		step(trace, {step: 'credential', verdict: 'fail', detail, source: '4.1, 6.1 step 2', worldCause});
		return {status: 'Failure', ...signInErrors.badPassword, userSays: 'It keeps saying my password is wrong.', effects: {countFailedPassword: true}};
	}

	if (credential.kind === 'password' && user.passwordExpiresAt !== undefined && user.passwordExpiresAt <= now) {
		step(trace, {step: 'credential', verdict: 'fail', detail: 'The password matched but has expired.', source: '6.1 step 2, 6.2 AADSTS50055'});
		return {status: 'Failure', ...signInErrors.expiredPassword, userSays: 'It says my password has expired.'};
	}

	if (credential.kind === 'password' && user.mustChangePassword) {
		return mustChangePassword(context);
	}

	step(trace, {step: 'credential', verdict: 'pass', detail: credential.kind === 'password' ? 'Password correct.' : 'App password correct (checked by Entra ID, bypassing federation).', source: '6.1 step 2'});
	const requirement = mfaRequirement(state.tenant, user, profile);
	return profile.auth === 'basic' ? decideLegacy(context, user, requirement, credential) : decideModern(context, user, requirement);
}

/**
 * The password is the temporary one of an admin reset, which must be changed at the next sign-in (fact sheet 7.3).
 * A modern sign-in stops at "Update your password" until the person picks a new one (Interrupted); a Basic-auth
 * client cannot show that page, so it just fails. AADSTS50055 is inferred: Microsoft's reference names only
 * "the password is expired", and the page tells the user "You need to update your password because this is the
 * first time you are signing in, or because your password has expired". App passwords are not affected: a
 * reset doesn't revoke them (fact sheet 4.3 step 7), so that check comes only for the password.
 */
function mustChangePassword(context: SignInContext): Verdict {
	const {trace, profile, client} = context;
	if (profile.auth === 'modern') {
		step(trace, {step: 'credential', verdict: 'info', detail: 'The temporary password from an admin reset matched; it must be changed at this sign-in, so Entra shows "Update your password". Ask the user to choose a new password.', source: '7.3, 6.2 AADSTS50055 (inferred)'});
		return {status: 'Interrupted', ...signInErrors.expiredPassword, userSays: 'It took the temporary password, then said I have to update my password before I can go on.'};
	}

	step(trace, {step: 'credential', verdict: 'fail', detail: `The temporary password from an admin reset matched, but it must be changed first, and ${profile.clientApp} cannot show the "Update your password" page. The user changes it in a browser, then types the new password here.`, source: '5, 7.3, 6.2 AADSTS50055 (inferred)'});
	return {status: 'Failure', ...signInErrors.expiredPassword, userSays: legacyComplaint(client)};
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
		step(trace, {step: 'session', verdict: 'fail', detail: 'The refresh token was issued before an admin revoked the user\'s sessions.', source: '6.1 step 9, 6.2 AADSTS50173, 7.3'});
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
		step(trace, {step: 'session', verdict: 'fail', detail: `MFA is required and ${why}; the client must sign in interactively.`, source: '5, 6.1 step 9, 6.2 AADSTS50078'});
		return {status: 'Interrupted', ...signInErrors.mfaExpired, requirement, mfaResultDetail: 'MFA requirement has expired due to the policies configured on tenant', userSays: 'It popped up asking me to sign in again.'};
	}

	step(trace, {step: 'session', verdict: 'pass', detail: 'The refresh token carries an MFA claim that is still within the allowed window.', source: '5, 6.1 step 5, 6.3'});
	return {status: 'Success', errorCode: 0, failureReason: '', requirement, mfaResultDetail: 'MFA requirement satisfied by claim in the token', userSays: 'It just works.'};
}
