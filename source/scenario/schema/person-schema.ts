import {z} from 'zod';
import {clientSchema} from './client-schema.js';
import {callingCodeSchema, clientIdSchema, countrySchema, ipv4Schema, labelSchema, methodIdSchema, networkIdSchema, phoneNumberSchema, strict} from './primitives.js';

/** One account in the person's Authenticator app, mirroring a tenant registration. */
export const authenticatorAccountSchema = strict({
	registration: methodIdSchema.describe('The tenant registration (authenticator app or software token) this account was set up for.'),
	label: labelSchema.optional(),
	activated: z.boolean().optional().describe('false after a restore: "not for an activated account".'),
	secretMatches: z.boolean().optional().describe('false: the app holds a different seed than the tenant (codes never match).'),
});

/**
 * The phone in the person's hand. Every field is optional: the number defaults to the user's authentication
 * phone, the Authenticator app mirrors the tenant registrations, and all switches are the healthy value.
 */
export const phoneSchema = strict({
	number: phoneNumberSchema.optional().describe('The SIM really in the hand; default: the registered authentication phone.'),
	model: labelSchema.optional().describe('Make and model, e.g. iPhone 16 Plus: the device name a new Authenticator registration on it gets. Default: the device name of the registration its app holds.'),
	isSmartphone: z.boolean().optional(),
	poweredOn: z.boolean().optional(),
	hasSignal: z.boolean().optional(),
	hasData: z.boolean().optional(),
	roamingCallingCode: callingCodeSchema.optional(),
	roamingBlocksTelephony: z.boolean().optional(),
	doNotDisturb: z.boolean().optional(),
	smsBlocker: z.boolean().optional(),
	blocksMicrosoftCaller: z.boolean().optional(),
	callsGoToVoicemail: z.boolean().optional(),
	clockOffsetSeconds: z.number().int().min(-86_400).max(86_400).optional(),
	automaticTime: z.boolean().optional(),
	authenticator: strict({
		installed: z.boolean().optional(),
		notificationsAllowed: z.boolean().optional(),
		batteryOptimised: z.boolean().optional(),
		accounts: z.array(authenticatorAccountSchema).max(10).optional(),
	}).optional(),
});

/** A key fob in the person's hand; by default it matches the tenant's hardware token of the same serial. */
export const tokenDeviceSchema = strict({
	serialNumber: labelSchema,
	periodSeconds: z.literal([30, 60]).optional().describe("The token's real interval (may differ from the CSV upload)."),
	secretMatches: z.boolean().optional(),
});

/** How the person reacts when challenged, unless the trainee asks otherwise. */
export const behaviourSchema = strict({
	pressesHash: z.boolean().optional(),
	pushResponse: z.enum(['approve', 'deny', 'report', 'ignore']).optional(),
	checksAuthenticatorManually: z.boolean().optional(),
	ticksDontAskAgain: z.boolean().optional(),
});

/** A network someone signs in from. */
export const networkSchema = strict({
	label: labelSchema,
	ip: ipv4Schema,
	location: labelSchema.describe('City, Country as the sign-in log shows it.'),
	country: countrySchema,
});

const personFields = {
	network: networkIdSchema.optional().describe('Where the person is now.'),
	homeCountry: countrySchema.optional(),
	password: z.string().min(1).max(200).optional().describe("The password they would type; default: the fixture's defaultPassword."),
	phone: phoneSchema.nullable().optional().describe('null: no phone at all.'),
	oldPhone: phoneSchema.nullable().optional().describe('An older phone still holding registrations.'),
	tokens: z.array(tokenDeviceSchema).max(5).optional(),
	clients: z.array(clientSchema).max(20).optional(),
	behaviour: behaviourSchema.optional(),
	appPasswords: z.record(labelSchema, z.string().min(1).max(200)).optional().describe('App passwords the person noted: name -> plaintext.'),
};

/** A person in a fixture: what they have and know (DESIGN section 2). */
export const personSchema = strict(personFields);

/** A scenario's patch of a person: clients are upserted by id; `removeClients` drops some; the phone merges. */
export const personPatchSchema = strict({...personFields, removeClients: z.array(clientIdSchema).optional()});

/** What every person in a fixture has unless their own entry says otherwise. */
export const personDefaultsSchema = strict({
	network: networkIdSchema,
	homeCountry: countrySchema.optional(),
	phone: phoneSchema.optional(),
	clients: z.array(clientSchema).max(20).optional(),
	behaviour: behaviourSchema.optional(),
});

/** A phone as written (every field optional). */
export type PhoneInput = z.output<typeof phoneSchema>;
/** A person as written in a fixture. */
export type PersonInput = z.output<typeof personSchema>;
/** A scenario's patch of a person. */
export type PersonPatch = z.output<typeof personPatchSchema>;
/** A network as written. */
export type NetworkInput = z.output<typeof networkSchema>;
