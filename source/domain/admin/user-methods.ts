import {eraAt} from '../common/era.js';
import type {UserId} from '../common/ids.js';
import {reject, type Rejection} from '../common/rejection.js';
import type {Applied} from '../state/events.js';
import type {SimState} from '../state/sim-state.js';
import type {AuthMethods, HardwareOathToken} from '../tenant/methods.js';
import type {User} from '../tenant/user.js';
import {commit, describeUser, isRejection, noChange, resolveTarget} from './command-support.js';
import {securityInfoActivities, withUsableDefault} from './default-method.js';
import {phoneSlotLabels} from './phone-methods.js';

/** Audit activity names for the Authentication methods blade actions without a fact-sheet name. */
export const userMethodActivities = {
	// invented activity name
	requireReRegister: 'Require re-register multifactor authentication',
	// invented activity name
	revokeMfaSessions: 'Revoke multifactor authentication sessions',
} as const;

function deactivate(tokens: readonly HardwareOathToken[]): readonly HardwareOathToken[] {
	return tokens.map((token) => (token.status === 'activated' ? {...token, status: 'assigned'} : token));
}

function deletableMethodNames(methods: AuthMethods): readonly string[] {
	return [
		...(methods.authenticationPhone === undefined ? [] : [phoneSlotLabels.authentication]),
		...(methods.alternatePhone === undefined ? [] : [phoneSlotLabels.alternate]),
		...(methods.officePhone === undefined ? [] : [phoneSlotLabels.office]),
		...methods.authenticatorApps.map((app) => `Microsoft Authenticator (${app.deviceName})`),
		...methods.softwareTokens.map((token) => `Software OATH token (${token.name})`),
	];
}

/**
 * Authentication methods blade: Require re-register MFA (fact sheet 7.3, 10). In the current era
 * (`reRegisterDeletesMethods`) it deletes phones, Authenticator registrations and software OATH tokens,
 * deactivates hardware OATH tokens (back to assigned) and drops the default method. Before it, methods are
 * kept and only registration is required again, except that hardware tokens already needed re-activation
 * then too (§10: "hardware token needed GA re-activation"). App passwords are untouched in both eras.
 * Nothing to change (already required, nothing to delete or deactivate) is a no-op with no audit row.
 */
export function requireReRegisterMfa(state: SimState, userId: UserId): Applied<SimState> | Rejection {
	const target = resolveTarget(state, userId, ['manage-auth-methods'], {refuseGuests: true});
	if (isRejection(target)) {
		return target;
	}

	const deletesMethods = eraAt(state.now).reRegisterDeletesMethods;
	const {methods} = target;
	const deleted = deletesMethods ? deletableMethodNames(methods) : [];
	const deactivated = methods.hardwareTokens.filter((token) => token.status === 'activated').map((token) => token.serialNumber);
	if (target.mustRegisterAgain && deleted.length === 0 && deactivated.length === 0) {
		return commit(state, noChange);
	}

	const hardwareTokens = deactivate(methods.hardwareTokens);
	const nextMethods: AuthMethods = deletesMethods ? {authenticatorApps: [], softwareTokens: [], hardwareTokens} : {...methods, hardwareTokens};
	const user = withUsableDefault({...target, methods: nextMethods, mustRegisterAgain: true});
	return commit(state, {
		users: [user],
		audits: [
			{
				service: 'Authentication Methods',
				activity: userMethodActivities.requireReRegister,
				targetUserId: target.id,
				details: {
					methodsDeleted: deleted.length === 0 ? 'None' : deleted.join(', '),
					hardwareTokensDeactivated: deactivated.length === 0 ? 'None' : deactivated.join(', '),
				},
			},
		],
	});
}

/**
 * Authentication methods blade: Revoke MFA sessions (fact sheet 7.3). Clears the remembered-MFA grants and
 * marks earlier MFA sessions as no longer satisfying MFA; refresh tokens in general stay valid.
 */
export function revokeMfaSessions(state: SimState, userId: UserId): Applied<SimState> | Rejection {
	const target = resolveTarget(state, userId, ['manage-auth-methods'], {refuseGuests: true});
	if (isRejection(target)) {
		return target;
	}

	if (target.rememberedDevices.length === 0 && target.mfaSessionsRevokedAt === state.now) {
		return commit(state, noChange);
	}

	return commit(state, {
		users: [{...target, rememberedDevices: [], mfaSessionsRevokedAt: state.now}],
		audits: [{service: 'Authentication Methods', activity: userMethodActivities.revokeMfaSessions, targetUserId: target.id}],
	});
}

type FoundMethod = {readonly label: string; readonly methods: AuthMethods};

function removeMethod(methods: AuthMethods, methodId: string): FoundMethod | undefined {
	const app = methods.authenticatorApps.find((each) => each.id === methodId);
	if (app !== undefined) {
		return {label: `Microsoft Authenticator (${app.deviceName})`, methods: {...methods, authenticatorApps: methods.authenticatorApps.filter((each) => each !== app)}};
	}

	const software = methods.softwareTokens.find((each) => each.id === methodId);
	if (software !== undefined) {
		return {label: `Software OATH token (${software.name})`, methods: {...methods, softwareTokens: methods.softwareTokens.filter((each) => each !== software)}};
	}

	const hardware = methods.hardwareTokens.find((each) => each.id === methodId);
	if (hardware !== undefined) {
		return {label: `Hardware OATH token (${hardware.serialNumber})`, methods: {...methods, hardwareTokens: methods.hardwareTokens.filter((each) => each !== hardware)}};
	}

	return undefined;
}

function withoutTotpStep(user: User, methodId: string): User {
	const {[methodId]: _removed, ...steps} = user.lastAcceptedTotpStep;
	return {...user, lastAcceptedTotpStep: steps};
}

/**
 * Deletes one Authenticator registration or OATH token (a hardware token is unassigned from the user).
 * A default method that relied on it is dropped. Unknown id: `method/not-found`.
 */
export function deleteMethod(state: SimState, userId: UserId, methodId: string): Applied<SimState> | Rejection {
	const target = resolveTarget(state, userId, ['manage-auth-methods'], {refuseGuests: true});
	if (isRejection(target)) {
		return target;
	}

	const found = removeMethod(target.methods, methodId);
	if (found === undefined) {
		return reject('method/not-found', `${describeUser(target)} has no Authenticator app or OATH token with id "${methodId}".`);
	}

	return commit(state, {
		users: [withUsableDefault(withoutTotpStep({...target, methods: found.methods}, methodId))],
		audits: [{service: 'Authentication Methods', activity: securityInfoActivities.deleted, targetUserId: target.id, details: {methodType: found.label}}],
	});
}

/**
 * Activates an assigned hardware OATH token with the code it shows now (fact sheet 3.5). Only Global and
 * Privileged Authentication Administrators may (7.1). `codeAccepted` is the TOTP fact computed by the
 * service; a rejected code is `token/invalid-code`, an active token `token/already-activated`.
 */
export function activateHardwareToken(state: SimState, userId: UserId, tokenId: string, codeAccepted: boolean): Applied<SimState> | Rejection {
	const target = resolveTarget(state, userId, ['manage-hardware-tokens'], {refuseGuests: true});
	if (isRejection(target)) {
		return target;
	}

	const token = target.methods.hardwareTokens.find((each) => each.id === tokenId);
	if (token === undefined) {
		return reject('token/not-found', `No hardware OATH token "${tokenId}" is assigned to ${describeUser(target)}.`);
	}

	if (token.status === 'activated') {
		return reject('token/already-activated', `Hardware token ${token.serialNumber} of ${describeUser(target)} is already activated.`);
	}

	if (!codeAccepted) {
		return reject(
			'token/invalid-code',
			`The code typed for hardware token ${token.serialNumber} was not accepted: check the token's time interval (${token.periodSeconds} s was uploaded) and type the code it shows now.`,
		);
	}

	const hardwareTokens = target.methods.hardwareTokens.map((each) => (each === token ? {...each, status: 'activated' as const} : each));
	return commit(state, {
		users: [{...target, methods: {...target.methods, hardwareTokens}}],
		audits: [
			{
				service: 'Authentication Methods',
				activity: securityInfoActivities.updated,
				targetUserId: target.id,
				details: {methodType: 'Hardware OATH token', serialNumber: token.serialNumber, change: 'Activated'},
			},
		],
	});
}
