import {z} from 'zod';
import {clientKinds} from '../../domain/world/client.js';
import {dwordFlagSchema, iosMailSetupSchema, outlookVersionSchema} from './domain-enums.js';
import {unknownOption} from '../zod-messages.js';
import {clientIdSchema, isoInstantSchema, labelSchema, networkIdSchema, strict} from './primitives.js';

/**
 * What the client has saved and sends: `password` (the password the person knows), `{appPassword: <name>}`
 * (an app password the person noted), or `{text: '...'}` (a literal, e.g. an old password). Absent: it asks.
 */
export const savedSecretSchema = z.union([z.literal('password'), strict({appPassword: labelSchema}), strict({text: z.string().min(1).max(200)})], {
	error: 'expected password, {appPassword: <name>} or {text: <literal>}',
});

const clientBase = {
	id: clientIdSchema,
	name: labelSchema.optional().describe('Shown to the trainee; default from the kind, e.g. "Outlook 2013".'),
	network: networkIdSchema.optional().describe('A fixed network (a scanner in the office); default: wherever the person is.'),
	saved: savedSecretSchema.optional(),
	session: strict({issuedAt: isoInstantSchema, mfaAt: isoInstantSchema.optional()}).optional().describe('A refresh-token session the client already holds.'),
};

/** Outlook registry values under `HKCU\SOFTWARE\Microsoft\Office\<ver>\Common\Identity`. */
export const outlookRegistrySchema = strict({
	enableAdal: dwordFlagSchema.optional(),
	version: dwordFlagSchema.optional(),
	alwaysUseMsoAuthForAutoDiscover: dwordFlagSchema.optional(),
});

/** One of the person's client apps, by `kind` (fact sheet 5). */
export const clientSchema = z.discriminatedUnion(
	'kind',
	[
		strict({...clientBase, kind: z.literal('browser')}),
		strict({...clientBase, kind: z.literal('outlook'), version: outlookVersionSchema, registry: outlookRegistrySchema.optional()}),
		strict({
			...clientBase,
			kind: z.literal('ios-mail'),
			iosVersion: z.number().int().min(4).max(30).optional(),
			setup: iosMailSetupSchema,
		}),
		strict({...clientBase, kind: z.literal('mail-client'), protocol: z.enum(['imap', 'pop'])}),
		strict({...clientBase, kind: z.literal('smtp-device')}),
		strict({...clientBase, kind: z.literal('modern-app')}),
		strict({...clientBase, kind: z.literal('exchange-powershell')}),
	],
	{error: unknownOption('client kind', 'kind', clientKinds)},
);

/** A client as a fixture or scenario writes it. */
export type ClientInput = z.output<typeof clientSchema>;
