/**
 * Builds the initial state of a generated world draft: the directory users with their methods, app
 * passwords and remembered-device grants, and the people with their phones, tokens and clients.
 * Passwords and app passwords are hashed with the given hasher, so a person's password really
 * verifies (or, when the draft says they forgot it, really does not).
 */
import {DAY, type Instant} from '../../source/domain/common/time.js';
import type {PasswordHasher} from '../../source/domain/ports.js';
import type {SimState} from '../../source/domain/state/sim-state.js';
import type {AuthMethods, AuthenticatorRegistration, OfficePhoneMethod} from '../../source/domain/tenant/methods.js';
import type {AppPassword, RememberedDeviceGrant, User} from '../../source/domain/tenant/user.js';
import type {Client} from '../../source/domain/world/client.js';
import type {AuthenticatorAccount, DeskPhone, Phone, TokenDevice} from '../../source/domain/world/phone.js';
import type {Person} from '../../source/domain/world/world.js';
import {buildPerson, buildState, buildUser} from './build-state.js';
import type {ClientDraft, DeskDraft, PhoneDraft} from './person-arbitraries.js';
import {clientSlots, deskLine, phoneNumberOf} from './pool-arbitraries.js';
import type {UserDraft, WorldDraft} from './world-draft-arbitraries.js';

function methodsOf(draft: UserDraft, now: Instant): AuthMethods {
	const {methods} = draft;
	const apps: AuthenticatorRegistration[] = methods.apps.map((app, index) => ({
		id: `auth-app-${draft.id}-${index + 1}`,
		deviceName: `Phone ${index + 1}`,
		push: app.push,
		code: app.code,
		secret: app.secret,
		registeredAt: now - (200 - index) * DAY,
	}));
	return {
		...(methods.authenticationPhone === undefined ? {} : {authenticationPhone: {number: methods.authenticationPhone}}),
		...(methods.alternatePhone === undefined ? {} : {alternatePhone: {number: methods.alternatePhone}}),
		...(methods.officePhone === undefined ? {} : {officePhone: officePhoneOf(methods.officePhone, draft.desk)}),
		authenticatorApps: apps,
		softwareTokens: methods.software === undefined ? [] : [{id: `sw-${draft.id}`, name: 'Authenticator app', secret: methods.software, registeredAt: now - 150 * DAY}],
		hardwareTokens:
			methods.hardware === undefined
				? []
				: [{id: `hw-${draft.id}`, serialNumber: `SN-${draft.id.toUpperCase()}`, manufacturer: 'Token2', model: 'C202', secret: methods.hardware.secret, periodSeconds: methods.hardware.periodSeconds, status: methods.hardware.status}],
	};
}

function officePhoneOf(drawn: NonNullable<UserDraft['methods']['officePhone']>, desk: DeskDraft | undefined): OfficePhoneMethod {
	const {number, extension} = drawn === 'own-desk' ? {number: deskLine, extension: desk?.extension} : drawn;
	return extension === undefined ? {number} : {number, extension};
}

function deskPhoneOf(desk: DeskDraft): DeskPhone {
	return desk.extension === undefined ? {number: deskLine, log: []} : {number: deskLine, extension: desk.extension, log: []};
}

function phoneOf(draft: UserDraft, phone: PhoneDraft, methods: AuthMethods): Phone {
	const accounts: AuthenticatorAccount[] = [];
	for (const [index, app] of methods.authenticatorApps.entries()) {
		const account = phone.accounts[index];
		if (account?.present === true) {
			accounts.push({registrationId: app.id, label: 'Contoso', secret: account.staleSecret ?? app.secret, activated: account.activated});
		}
	}

	const software = methods.softwareTokens[0];
	if (software !== undefined) {
		accounts.push({registrationId: software.id, label: 'Contoso (code)', secret: software.secret, activated: true});
	}

	return {
		number: phoneNumberOf[draft.id] ?? '+1 4255550100',
		isSmartphone: phone.isSmartphone,
		poweredOn: phone.poweredOn,
		hasSignal: phone.hasSignal,
		hasData: phone.hasData,
		...(phone.roaming === undefined ? {} : {roamingCallingCode: phone.roaming}),
		roamingBlocksTelephony: phone.roamingBlocksTelephony,
		doNotDisturb: phone.doNotDisturb,
		smsBlocker: phone.smsBlocker,
		blocksMicrosoftCaller: phone.blocksMicrosoftCaller,
		callsGoToVoicemail: phone.callsGoToVoicemail,
		clockOffsetSeconds: phone.clockOffsetSeconds,
		automaticTime: phone.clockOffsetSeconds === 0,
		authenticator: {installed: phone.installed, notificationsAllowed: phone.notificationsAllowed, batteryOptimised: phone.batteryOptimised, accounts},
		log: [],
	};
}

function clientOf(draft: ClientDraft, secrets: {readonly password: string; readonly appPasswords: readonly string[]; readonly grantIds: readonly string[]}): Client {
	const slot = clientSlots[draft.slot]!;
	const savedSecret =
		draft.saved === 'none'
			? undefined
			: draft.saved === 'password'
				? secrets.password
				: draft.saved === 'wrong'
					? `${secrets.password}-typo`
					: secrets.appPasswords[draft.saved.appPassword];
	const base = {id: slot.id, name: slot.id, ...(savedSecret === undefined ? {} : {savedSecret})};
	switch (slot.kind) {
		case 'browser': {
			const grantId = draft.cookieGrant === undefined ? undefined : (secrets.grantIds[draft.cookieGrant] ?? 'grant-gone');
			return {...base, kind: 'browser', ...(grantId === undefined ? {} : {rememberCookie: {grantId}})};
		}

		case 'modern-app': {
			return {...base, kind: 'modern-app', name: 'Teams'};
		}

		case 'outlook': {
			return {...base, kind: 'outlook', name: `Outlook ${draft.outlookVersion}`, version: draft.outlookVersion, registry: draft.registry};
		}

		case 'ios-mail': {
			return {...base, kind: 'ios-mail', iosVersion: draft.iosVersion, setup: draft.iosSetup};
		}

		case 'mail-client': {
			return {...base, kind: 'mail-client', protocol: slot.id === 'imap' ? 'imap' : 'pop'};
		}

		case 'smtp-device': {
			return {...base, kind: 'smtp-device', ...(draft.pinnedNetwork === undefined ? {} : {network: draft.pinnedNetwork})};
		}

		case 'exchange-powershell': {
			return {...base, kind: 'exchange-powershell'};
		}
	}
}

async function built(draft: UserDraft, now: Instant, hasher: PasswordHasher): Promise<{readonly user: User; readonly person: Person}> {
	const methods = methodsOf(draft, now);
	const appPasswords: AppPassword[] = [];
	const notedAppPasswords: Record<string, string> = {};
	for (const [index, each] of draft.appPasswords.entries()) {
		const id = `ap-${draft.id}-${index + 1}`;
		appPasswords.push({id, name: `Device ${index + 1}`, createdAt: now - 100 * DAY, hash: await hasher.hash(each.secret), lookupTag: hasher.lookupTag(each.secret)});
		if (each.noted) {
			notedAppPasswords[id] = each.secret;
		}
	}

	const browserIds = draft.clients.map((client) => clientSlots[client.slot]!).filter((slot) => slot.kind === 'browser').map((slot) => slot.id);
	const rememberedDevices: RememberedDeviceGrant[] = draft.grants.map((grant, index) => ({
		id: `grant-${draft.id}-${index + 1}`,
		clientId: browserIds[index % Math.max(1, browserIds.length)] ?? 'browser',
		grantedAt: now - grant.ageMs,
		expiresAt: now - grant.ageMs + grant.lifetimeMs,
	}));
	const tenantPassword = draft.forgotPassword === undefined ? draft.password : draft.forgotPassword;
	const user = buildUser({
		id: draft.id,
		upn: `${draft.id}@${draft.guest === undefined ? 'contoso.com' : 'fabrikam.com'}`,
		userType: draft.guest === undefined ? 'member' : 'guest',
		...(draft.guest === undefined ? {} : {guestHome: {tenantName: 'Fabrikam', mfaRequired: draft.guest.mfaRequired}}),
		accountEnabled: draft.accountEnabled,
		passwordHash: await hasher.hash(tenantPassword),
		passwordChangedAt: now - 200 * DAY,
		...(draft.passwordExpiredAgoMs === undefined ? {} : {passwordExpiresAt: now - draft.passwordExpiredAgoMs}),
		mustChangePassword: draft.mustChangePassword === true,
		roles: draft.roles,
		perUserMfa: draft.perUserMfa,
		mustRegisterAgain: draft.mustRegisterAgain,
		methods,
		...(draft.defaultMethod === undefined ? {} : {defaultMethod: draft.defaultMethod}),
		appPasswords,
		rememberedDevices,
		lockout: {failedAttempts: 0, lockoutCount: 0, ...(draft.lockedForMs === undefined ? {} : {lockedUntil: now + draft.lockedForMs})},
		...(draft.mfaBlockedForMs === undefined ? {} : {mfaBlockedUntil: now + draft.mfaBlockedForMs}),
		risk: draft.risk,
		telephonyAttempts: draft.telephonyAgoMs.map((ago) => now - ago).toSorted((a, b) => a - b),
	});
	const hardware = methods.hardwareTokens[0];
	const tokens: TokenDevice[] =
		draft.token === undefined || hardware === undefined
			? []
			: [{serialNumber: hardware.serialNumber, secret: draft.token.sameSecret ? hardware.secret : draft.token.otherSecret, periodSeconds: draft.token.periodSeconds}];
	const secrets = {password: draft.password, appPasswords: draft.appPasswords.map((each) => each.secret), grantIds: rememberedDevices.map((grant) => grant.id)};
	const phone = draft.phone === undefined ? undefined : phoneOf(draft, draft.phone, methods);
	const oldPhone = draft.oldPhone && draft.phone !== undefined ? {...phoneOf(draft, {...draft.phone, poweredOn: true}, methods), number: '+1 4255550999'} : undefined;
	const person = buildPerson({
		userId: draft.id,
		networkId: draft.networkId,
		homeCountry: draft.homeCountry,
		knownPassword: draft.password,
		notedAppPasswords,
		tokens,
		clients: draft.clients.map((client) => clientOf(client, secrets)),
		behaviour: draft.behaviour,
		...(oldPhone === undefined ? {} : {oldPhone}),
		...(draft.desk === undefined ? {} : {deskPhone: deskPhoneOf(draft.desk)}),
	});
	if (phone === undefined) {
		const {phone: _none, ...rest} = person;
		return {user, person: rest};
	}

	return {user, person: {...person, phone}};
}

/** Builds the initial state of a draft: passwords and app passwords hashed and tagged by `hasher`. */
export async function buildWorldState(draft: WorldDraft, hasher: PasswordHasher): Promise<SimState> {
	const users: User[] = [];
	const people: Person[] = [];
	for (const each of draft.users) {
		const {user, person} = await built(each, draft.now, hasher);
		users.push(user);
		people.push(person);
	}

	return buildState({
		now: draft.now,
		users,
		people,
		actorRoles: draft.actorRoles,
		settings: draft.settings,
		tenant: {license: draft.license, securityDefaults: draft.securityDefaults, exchange: draft.exchange, telephonyOptedInCallingCodes: draft.telephonyOptedInCallingCodes},
	});
}
