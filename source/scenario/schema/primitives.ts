import {z} from 'zod';
import {scenarioLimits} from '../limits.js';
import {unknownNameMessage} from '../zod-messages.js';

/** `${name}` inside a string: a seeded variable reference (see variables in the scenario format). */
export const variableReferencePattern = /\$\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const variableReference = String.raw`\$\{[A-Za-z][A-Za-z0-9_]*\}`;

/**
 * A strict object (unknown fields are errors) whose error lists the fields it accepts, so a typo like
 * `titel:` says what was meant.
 */
export function strict<Shape extends z.ZodRawShape>(shape: Shape) {
	const names = Object.keys(shape).join(', ');
	return z.strictObject(shape, {error: (issue) => (issue.code === 'unrecognized_keys' ? `expected one of ${names}` : undefined)});
}

/** A string that must match `core`, or contain a `${variable}` (checked again after substitution). */
export function templated(core: string, expected: string, maxLength = 200) {
	return z
		.string()
		.max(maxLength)
		.regex(new RegExp(`^(?:${core}|.*${variableReference}.*)$`), `expected ${expected}`);
}

/** An id a scenario uses for a user, client, network or method: `priya`, `outlook-laptop`, `app-1`. */
export function idOf(what: string, example: string) {
	return templated('[a-z0-9][a-z0-9._-]{0,63}', `a ${what} id (lower-case letters, digits, ".", "-", "_"), e.g. ${example}`);
}

/** A user id. */
export const userIdSchema = idOf('user', 'priya');
/** A client id, unique per person. */
export const clientIdSchema = idOf('client', 'outlook-laptop');
/** A network id. */
export const networkIdSchema = idOf('network', 'office');
/** An authenticator app, OATH token or app password id, unique per user. */
export const methodIdSchema = idOf('method', 'app-1');

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A scenario id: kebab-case, equal to the file name without its extension. */
export const scenarioIdSchema = z.string().max(80).regex(kebab, 'expected a kebab-case id such as codes-wrong-number (the file name without extension)');

/**
 * An author-given red flag id: kebab-case starting with a letter (`disables-mfa`), so it can never equal an id
 * derived from a flag's position (`2-require-re-register-mfa`).
 */
export const redFlagIdSchema = z
	.string()
	.max(64)
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'expected a kebab-case id that starts with a letter, such as disables-mfa');

/** A tenant fixture id: a file name in fixtures/tenants/ without extension, never a path. */
export const fixtureIdSchema = z.string().max(80).regex(kebab, 'expected a tenant fixture id such as contoso-small (a file name in fixtures/tenants/, not a path)');

/**
 * An ISO-8601 date (`2024-03-12`, midnight UTC) or date-time with a zone (`2024-03-12T09:00:00Z`). Each check
 * stops the ones after it, so a malformed or impossible date gets one message, not one per check.
 */
export const isoInstantSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/, {
		error: 'expected an ISO date like 2024-03-12 or 2024-03-12T09:00:00Z (with Z or an offset)',
		abort: true,
	})
	.refine((text) => calendarProblem(text) === undefined, {error: (issue) => calendarProblem(String(issue.input)), abort: true});

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Why an ISO-shaped date-time is not a real one (`there is no month 13`), or undefined when it is. */
function calendarProblem(text: string): string | undefined {
	const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
	if (month < 1 || month > 12) {
		return `is not a real date: there is no month ${month} (months are 01 to 12)`;
	}

	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > daysInMonth) {
		return `is not a real date: ${monthNames[month - 1]!} ${year} has ${daysInMonth} days`;
	}

	return Number.isNaN(Date.parse(text)) ? 'is not a real time: hours are 00 to 23, minutes and seconds 00 to 59' : undefined;
}

/** Free text written by the author: ticket text, hints, debrief sentences. */
export const textSchema = z.string().min(1).max(scenarioLimits.maxStringLength);

/** A short label: names, titles, device names. */
export const labelSchema = z.string().min(1).max(200);

/** A phone number. Loose on purpose: a wrong or badly formatted number is a fault scenarios need. */
export const phoneNumberSchema = templated(String.raw`\+?[0-9][0-9 ]{3,22}`, 'a phone number like "+1 4255550123"');

const octet = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;

/** A public IPv4 address as the sign-in log shows it. */
export const ipv4Schema = templated(`${octet}(?:\\.${octet}){3}`, 'an IPv4 address like 203.0.113.10');

/** A CIDR range; its syntax and public-ness are checked after the schema, with a specific message. */
export const cidrSchema = z.string().min(1).max(64);

/** A user principal name. */
export const upnSchema = templated(String.raw`[^@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`, 'a user principal name like priya.patel@contoso.com');

/** A DNS domain such as contoso.com. */
export const domainSchema = z.string().max(253).regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'expected a domain such as contoso.com');

/**
 * A Base32 TOTP seed (Microsoft issues 10-byte seeds: 16 characters). Entra's CSV upload takes hardware-token
 * seeds up to 128 characters, but the TOTP engine (otplib's guardrail) refuses seeds over 64 bytes and would
 * throw at the first sign-in, so the loader stops at 103 characters (64 bytes).
 */
export const base32SecretSchema = z.string().regex(/^[A-Z2-7]{16,103}=*$/, 'expected a Base32 secret of 16 to 103 characters (A-Z, 2-7)');

/** An argon2id PHC string: `$argon2id$v=19$m=19456,t=2,p=1$salt$hash`. */
export const phcHashSchema = z
	.string()
	.max(400)
	.regex(/^\$argon2id\$v=19\$[mtp]=\d+,[mtp]=\d+,[mtp]=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/, 'expected an argon2id PHC string ($argon2id$v=19$m=19456,t=2,p=1$salt$hash)');

/** A country calling code without `+` (`44`); YAML reads it as a number, so both forms are accepted. */
export const callingCodeSchema = z
	.union([z.string().regex(/^[1-9]\d{0,2}$/, 'expected a calling code such as 44'), z.number().int().min(1).max(999)])
	.transform(String);

/** An ISO 3166 country code as the sign-in log shows it (`US`, `GB`). */
export const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as US');

/** A duration for `wait`: `90s`, `5m`, `1h`, `2d`, or `next-day` (09:00 the next morning). */
export const durationSchema = z
	.string()
	.regex(/^(?:\d{1,4}[smhd]|next-day)$/, 'expected a duration like 30s, 5m, 1h, 2d, or next-day');

/** A union of single-key objects (`perUserMfa: {...}`), with one clear message when no key fits. */
export function oneKeyUnion<const Options extends readonly [z.ZodObject, ...z.ZodObject[]]>(kind: string, options: Options) {
	const keys = options.flatMap((option) => Object.keys(option.shape));
	return z.union(options, {error: (issue) => oneKeyMessage(kind, keys, issue.input)});
}

function oneKeyMessage(kind: string, keys: readonly string[], input: unknown): string {
	if (input === undefined) {
		return `is required (expected a ${kind}: a map with one of ${keys.join(', ')})`;
	}

	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return `expected a ${kind}: a map with one of ${keys.join(', ')}`;
	}

	const present = Object.keys(input);
	const known = present.filter((key) => keys.includes(key));
	if (known.length === 0) {
		const first = present[0];
		return first === undefined ? `expected a ${kind}: one of ${keys.join(', ')}` : unknownNameMessage(kind, first, keys);
	}

	return `a ${kind} has exactly one key; found ${known.join(', ')}`;
}
