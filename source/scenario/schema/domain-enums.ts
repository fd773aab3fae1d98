import {z} from 'zod';
import type {PhoneSlot} from '../../domain/admin/admin-command.js';
import {defaultMethods} from '../../domain/tenant/methods.js';
import {adminRoles} from '../../domain/tenant/roles.js';
import type {LicenseTier} from '../../domain/tenant/tenant.js';
import type {PerUserMfaState} from '../../domain/tenant/user.js';
import type {RegistrationMethod} from '../../domain/user/user-action.js';
import type {IosMailSetup, OutlookVersion} from '../../domain/world/client.js';

/** True when two unions have exactly the same members. */
export type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compile-time assertion helper: only `true` is accepted. */
export type Assert<T extends true> = T;

/** Per-user MFA states, as the domain names them. */
export const perUserMfaStates = ['disabled', 'enabled', 'enforced'] as const satisfies readonly PerUserMfaState[];
/** License tiers. */
export const licenseTiers = ['free', 'office365', 'p1', 'p2'] as const satisfies readonly LicenseTier[];
/** Methods a person can register in the "More information required" flow. */
export const registrationMethods = ['authenticator-app', 'text', 'call', 'software-token', 'hardware-token'] as const satisfies readonly RegistrationMethod[];
/** Phone method slots an admin can edit. */
export const phoneSlots = ['authentication', 'alternate', 'office'] as const satisfies readonly PhoneSlot[];
/** Outlook for Windows versions. */
export const outlookVersions = ['2010', '2013', '2016', '2019', '365'] as const satisfies readonly OutlookVersion[];
/** How an iPhone Mail account was added. */
export const iosMailSetups = ['sign-in', 'configure-manually', 'imap'] as const satisfies readonly IosMailSetup[];

/** Fails to compile when a domain union gains a member these lists lack. */
export type EnumsCoverDomain = [
	Assert<SameMembers<PerUserMfaState, (typeof perUserMfaStates)[number]>>,
	Assert<SameMembers<LicenseTier, (typeof licenseTiers)[number]>>,
	Assert<SameMembers<RegistrationMethod, (typeof registrationMethods)[number]>>,
	Assert<SameMembers<PhoneSlot, (typeof phoneSlots)[number]>>,
	Assert<SameMembers<OutlookVersion, (typeof outlookVersions)[number]>>,
	Assert<SameMembers<IosMailSetup, (typeof iosMailSetups)[number]>>,
];

/** `disabled | enabled | enforced`. */
export const perUserMfaSchema = z.enum(perUserMfaStates);
/** `free | office365 | p1 | p2`. */
export const licenseSchema = z.enum(licenseTiers);
/** A directory role id such as `helpdesk-administrator`. */
export const adminRoleSchema = z.enum(adminRoles);
/** A default sign-in method such as `app-notification` or `text`. */
export const defaultMethodSchema = z.enum(defaultMethods);
/** A method registered in the registration flow. */
export const registrationMethodSchema = z.enum(registrationMethods);
/** `authentication | alternate | office`. */
export const phoneSlotSchema = z.enum(phoneSlots);
/** `sign-in | configure-manually | imap`. */
export const iosMailSetupSchema = z.enum(iosMailSetups);

/** An Outlook version; YAML reads `2013` as a number, so numbers are accepted and become strings. */
export const outlookVersionSchema = z
	.union([z.enum(outlookVersions), z.literal([2010, 2013, 2016, 2019, 365])])
	.transform((value) => String(value) as OutlookVersion);

/** Registry DWORDs are 0 or 1. */
export const dwordFlagSchema = z.literal([0, 1]);
