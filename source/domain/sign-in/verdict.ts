import type {SignInStatus, TraceStep} from '../state/logs.js';
import type {PhoneEvent} from '../world/phone.js';
import type {PhoneDevice} from '../world/phone-routing.js';
import type {MfaRequirement} from './requirement.js';

/** What the evaluation decided, before it is written into the state and the log. */
export type Verdict = {
	readonly status: SignInStatus;
	readonly errorCode: number;
	readonly failureReason: string;
	readonly requirement?: MfaRequirement;
	readonly authMethod?: string;
	readonly mfaResultDetail?: string;
	/** What the user tells the helpdesk, in their own words. */
	readonly userSays: string;
	readonly phoneEvents?: readonly PhoneEvent[];
	/** The device whose log the phone events belong on (the desk phone, an old phone); the phone in hand when absent. */
	readonly phoneEventsOn?: PhoneDevice;
	/** Effects on the tenant and the world. */
	readonly effects?: VerdictEffects;
};

export type VerdictEffects = {
	readonly countFailedPassword?: boolean;
	readonly resetFailedPasswords?: boolean;
	readonly telephonyAttempt?: boolean;
	readonly acceptedStep?: {readonly credentialId: string; readonly step: number};
	readonly appPasswordUsed?: string;
	readonly rememberDevice?: boolean;
	/** Issue a refresh-token session on the client; `mfa` marks MFA satisfied now. */
	readonly session?: {readonly mfa: boolean};
	readonly fraudReported?: boolean;
};

/** A trace that steps are appended to while the evaluation runs. */
export type Trace = TraceStep[];

/** Appends one diagnostic step. */
export function step(trace: Trace, entry: TraceStep): void {
	trace.push(entry);
}

/** The code and reason pairs of fact sheet 6.2 used by the evaluation. */
export const signInErrors = {
	userNotFound: {errorCode: 50_034, failureReason: 'The user account does not exist in the directory.'},
	userDisabled: {errorCode: 50_057, failureReason: 'The user account is disabled.'},
	locked: {errorCode: 50_053, failureReason: 'Account is locked because the user tried to sign in too many times with an incorrect user ID or password.'},
	badPassword: {errorCode: 50_126, failureReason: 'Error validating credentials due to invalid username or password.'},
	expiredPassword: {errorCode: 50_055, failureReason: 'The password is expired.'},
	blockedBySecurityDefaults: {errorCode: 530_035, failureReason: 'Access has been blocked by security defaults: the request uses legacy authentication.'},
	mfaRequired: {
		errorCode: 50_076,
		failureReason: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access this resource.',
	},
	enrollmentRequired: {errorCode: 50_079, failureReason: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access this resource.'},
	enrollmentRequiredInterrupt: {errorCode: 50_072, failureReason: 'User needs to enroll for second factor authentication (interactive).'},
	telephonyLimit: {errorCode: 50_088, failureReason: 'Limit on telecom MFA calls reached. Please try again in a few minutes.'},
	sessionRevoked: {errorCode: 50_173, failureReason: 'The provided grant has expired due to it being revoked, a fresh auth token is needed.'},
	mfaExpired: {errorCode: 50_078, failureReason: 'Presented multi-factor authentication has expired due to policies configured by your administrator; you must refresh your multi-factor authentication to access this resource.'},
	credentialRevoked: {errorCode: 50_133, failureReason: 'Session is invalid due to expiration or recent password change.'},
} as const;
