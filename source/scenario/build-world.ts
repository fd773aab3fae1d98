import {instantOf, newSecret} from './build-tenant.js';
import {persistentRecord} from '../domain/common/persistent-record.js';
import type {RandomSource} from '../domain/ports.js';
import type {Tenant} from '../domain/tenant/tenant.js';
import type {User} from '../domain/tenant/user.js';
import {outlookProductName, type Client} from '../domain/world/client.js';
import type {AuthenticatorAccount, DeskPhone, Phone, TokenDevice} from '../domain/world/phone.js';
import type {Behaviour, Network, Person, World} from '../domain/world/world.js';
import {personOf, type PersonData} from './resolve-person.js';
import type {ClientInput} from './schema/client-schema.js';
import type {PhoneInput} from './schema/person-schema.js';
import type {TenantFixture} from './schema/tenant-fixture-schema.js';
import type {UserInput} from './schema/user-schema.js';

const defaultBehaviour: Behaviour = {pressesHash: true, pushResponse: 'approve', checksAuthenticatorManually: false, ticksDontAskAgain: false};

function defaultName(client: ClientInput): string {
	switch (client.kind) {
		case 'browser': {
			return 'Web browser';
		}

		case 'outlook': {
			return outlookProductName(client.version);
		}

		case 'ios-mail': {
			return 'iPhone Mail';
		}

		case 'mail-client': {
			return client.protocol === 'imap' ? 'IMAP mail client' : 'POP mail client';
		}

		case 'smtp-device': {
			return 'Scanner (SMTP)';
		}

		case 'modern-app': {
			return 'Microsoft Teams';
		}

		case 'exchange-powershell': {
			return 'Exchange Online PowerShell';
		}
	}
}

function buildClient(input: ClientInput, person: PersonData, user: User): Client {
	const saved = input.saved;
	const savedSecret = saved === undefined ? undefined : saved === 'password' ? person.password : 'appPassword' in saved ? person.appPasswords[saved.appPassword] : saved.text;
	const base = {
		id: input.id,
		name: input.name ?? defaultName(input),
		...(input.network === undefined ? {} : {network: input.network}),
		...(savedSecret === undefined ? {} : {savedSecret}),
		...(input.session ? {session: {issuedAt: instantOf(input.session.issuedAt), ...(input.session.mfaAt ? {mfaAt: instantOf(input.session.mfaAt)} : {})}} : {}),
	};
	switch (input.kind) {
		case 'browser': {
			const grant = user.rememberedDevices.find((each) => each.clientId === input.id);
			return {...base, kind: 'browser', ...(grant ? {rememberCookie: {grantId: grant.id}} : {})};
		}

		case 'outlook': {
			const registry = input.registry ?? {};
			return {
				...base,
				kind: 'outlook',
				version: input.version,
				registry: {
					...(registry.enableAdal === undefined ? {} : {enableAdal: registry.enableAdal}),
					...(registry.version === undefined ? {} : {version: registry.version}),
					...(registry.alwaysUseMsoAuthForAutoDiscover === undefined ? {} : {alwaysUseMsoAuthForAutoDiscover: registry.alwaysUseMsoAuthForAutoDiscover}),
				},
			};
		}

		case 'ios-mail': {
			return {...base, kind: 'ios-mail', iosVersion: input.iosVersion ?? 17, setup: input.setup};
		}

		case 'mail-client': {
			return {...base, kind: 'mail-client', protocol: input.protocol};
		}

		default: {
			return {...base, kind: input.kind};
		}
	}
}

function oathSeeds(user: User): Map<string, string> {
	return new Map([...user.methods.authenticatorApps, ...user.methods.softwareTokens].map((method) => [method.id, method.secret]));
}

type AccountInput = NonNullable<NonNullable<PhoneInput['authenticator']>['accounts']>[number];
type TokenInput = PersonData['tokens'][number];

function buildAccounts(input: PhoneInput, user: User, tenantName: string, random: RandomSource, mirror: boolean): AuthenticatorAccount[] {
	const seeds = oathSeeds(user);
	const mirrored: AccountInput[] = mirror ? [...seeds.keys()].map((registration) => ({registration})) : [];
	const listed: readonly AccountInput[] = input.authenticator?.accounts ?? mirrored;
	return listed.map((account) => {
		const seed = seeds.get(account.registration) ?? newSecret(random);
		return {
			registrationId: account.registration,
			label: account.label ?? `${tenantName}: ${user.upn}`,
			secret: account.secretMatches === false ? newSecret(random) : seed,
			activated: account.activated ?? true,
		};
	});
}

/** The phone's make and model: as written, else the device name of the first registration its Authenticator holds. */
function modelOf(input: PhoneInput, user: User, accounts: readonly AuthenticatorAccount[]): {readonly model?: string} {
	const model = input.model ?? user.methods.authenticatorApps.find((app) => accounts.some((account) => account.registrationId === app.id))?.deviceName;
	return model === undefined ? {} : {model};
}

function buildPhone(input: PhoneInput, user: User, tenantName: string, random: RandomSource, fallbackNumber: string, mirror: boolean): Phone {
	const accounts = buildAccounts(input, user, tenantName, random, mirror);
	const isSmartphone = input.isSmartphone ?? true;
	const offset = input.clockOffsetSeconds ?? 0;
	return {
		number: input.number ?? user.methods.authenticationPhone?.number ?? fallbackNumber,
		...modelOf(input, user, accounts),
		isSmartphone,
		poweredOn: input.poweredOn ?? true,
		hasSignal: input.hasSignal ?? true,
		hasData: input.hasData ?? true,
		...(input.roamingCallingCode === undefined ? {} : {roamingCallingCode: input.roamingCallingCode}),
		roamingBlocksTelephony: input.roamingBlocksTelephony ?? false,
		doNotDisturb: input.doNotDisturb ?? false,
		smsBlocker: input.smsBlocker ?? false,
		blocksMicrosoftCaller: input.blocksMicrosoftCaller ?? false,
		callsGoToVoicemail: input.callsGoToVoicemail ?? false,
		clockOffsetSeconds: offset,
		automaticTime: input.automaticTime ?? offset === 0,
		authenticator: {
			installed: input.authenticator?.installed ?? (isSmartphone && accounts.length > 0),
			notificationsAllowed: input.authenticator?.notificationsAllowed ?? true,
			batteryOptimised: input.authenticator?.batteryOptimised ?? false,
			accounts,
		},
		log: [],
	};
}

function buildTokens(person: PersonData, user: User, random: RandomSource): TokenDevice[] {
	const mirrored: TokenInput[] = user.methods.hardwareTokens.map((token) => ({serialNumber: token.serialNumber}));
	const listed: readonly TokenInput[] = person.tokens.length > 0 ? person.tokens : mirrored;
	return listed.map((device) => {
		const tenantSide = user.methods.hardwareTokens.find((token) => token.serialNumber === device.serialNumber);
		return {
			serialNumber: device.serialNumber,
			secret: tenantSide && device.secretMatches !== false ? tenantSide.secret : newSecret(random),
			periodSeconds: device.periodSeconds ?? tenantSide?.periodSeconds ?? 30,
		};
	});
}

/**
 * Builds the person side of one user: phone, tokens, clients, what they know and how they behave. `input` is
 * the user's fixture entry (looked up by id when omitted; buildWorld passes it, so building is linear).
 */
/**
 * The landline on the person's desk: the office phone registered when the scenario starts, as the mobile defaults
 * to the authentication phone. Later changes to the method don't move it: calls are routed by number.
 */
function deskPhoneOf(user: User): {readonly deskPhone?: DeskPhone} {
	const office = user.methods.officePhone;
	return office === undefined ? {} : {deskPhone: {number: office.number, ...(office.extension === undefined ? {} : {extension: office.extension}), log: []}};
}

export function buildPerson(fixture: TenantFixture, tenant: Tenant, user: User, position: number, random: RandomSource, input: UserInput = fixture.users.find((each) => each.id === user.id)!): Person {
	const person = personOf(fixture, input);
	const noted: Record<string, string> = {};
	for (const [name, secret] of Object.entries(person.appPasswords)) {
		const entry = user.appPasswords.findLast((each) => each.name === name);
		if (entry) {
			noted[entry.id] = secret;
		}
	}

	const fallbackNumber = `+1 425555${String(position % 10_000).padStart(4, '0')}`;
	const network = Object.hasOwn(fixture.networks, person.network) ? fixture.networks[person.network] : undefined;
	return {
		userId: user.id,
		networkId: person.network,
		homeCountry: person.homeCountry ?? network?.country ?? 'US',
		knownPassword: person.password ?? '',
		notedAppPasswords: noted,
		...(person.phone === null ? {} : {phone: buildPhone(person.phone, user, tenant.name, random, fallbackNumber, true)}),
		...(person.oldPhone === null ? {} : {oldPhone: buildPhone(person.oldPhone, user, tenant.name, random, fallbackNumber, false)}),
		...deskPhoneOf(user),
		tokens: buildTokens(person, user, random),
		clients: buildClients(person, user),
		behaviour: buildBehaviour(person),
	};
}

/** Built client lists that depend on nothing but their inputs (no saved secret, no remember grant), shared by everyone who has them. */
const sharedClientLists = new WeakMap<readonly ClientInput[], readonly Client[]>();

/** The person's clients. The usual case, the fixture's default clients, is built once and shared (state is immutable), so a 100,000-user tenant holds one copy. */
function buildClients(person: PersonData, user: User): readonly Client[] {
	const personal = person.clients.some((client) => client.saved !== undefined || (client.kind === 'browser' && user.rememberedDevices.some((grant) => grant.clientId === client.id)));
	const cached = personal ? undefined : sharedClientLists.get(person.clients);
	if (cached) {
		return cached;
	}

	const built = person.clients.map((client) => buildClient(client, person, user));
	if (!personal) {
		sharedClientLists.set(person.clients, built);
	}

	return built;
}

function buildBehaviour(person: PersonData): Behaviour {
	const own = definedOnly(person.behaviour);
	return Object.keys(own).length === 0 ? defaultBehaviour : {...defaultBehaviour, ...own};
}

function definedOnly<T extends object>(value: T): Partial<{[K in keyof T]: Exclude<T[K], undefined>}> {
	return Object.fromEntries(Object.entries(value).filter(([, each]) => each !== undefined)) as Partial<{[K in keyof T]: Exclude<T[K], undefined>}>;
}

/** Builds the world: networks and one person per user, in the fixture's user order. */
export function buildWorld(fixture: TenantFixture, tenant: Tenant, random: RandomSource): World {
	const networks: Record<string, Network> = {};
	for (const [id, network] of Object.entries(fixture.networks)) {
		Object.defineProperty(networks, id, {value: {id, ...network}, enumerable: true, writable: true, configurable: true});
	}

	const people: Record<string, Person> = {};
	for (const [position, input] of fixture.users.entries()) {
		const user = tenant.users[input.id]!;
		Object.defineProperty(people, input.id, {value: buildPerson(fixture, tenant, user, position, random, input), enumerable: true, writable: true, configurable: true});
	}

	return {networks, people: persistentRecord(people)};
}
