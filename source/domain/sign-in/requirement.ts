import type {Tenant} from '../tenant/tenant.js';
import {isAdmin, type User} from '../tenant/user.js';
import type {RequirementPolicy} from '../state/logs.js';
import type {ClientProfile} from './client-profile.js';

/** Whether this sign-in needs a second factor, and which policy says so (fact sheet 6.1 step 4). */
export type MfaRequirement = {
	readonly required: boolean;
	readonly policies: readonly RequirementPolicy[];
	readonly why: string;
	/** Fact sheet sections behind `why`, for the diagnostic step that reports it. */
	readonly source: string;
};

/** Works out the MFA requirement from security defaults, per-user state and guest home tenant. */
export function mfaRequirement(tenant: Tenant, user: User, profile: ClientProfile): MfaRequirement {
	if (user.userType === 'guest') {
		// A guest's MFA follows their home tenant; the resource tenant's per-user state does not apply (fact sheet 1.2, ticket 25).
		const home = user.guestHome;
		return home?.mfaRequired
			? {required: true, policies: ['Home tenant'], why: `Guest: their home tenant (${home.tenantName}) requires MFA; our per-user state does not apply.`, source: '1.2, 9 ticket 25'}
			: {required: false, policies: [], why: 'Guest: their home tenant does not require MFA; our per-user state does not apply.', source: '1.2, 9 ticket 25'};
	}

	if (tenant.securityDefaults) {
		// Security defaults: admins do MFA every time; other users when Entra deems it necessary, which the
		// simulator treats as every interactive sign-in (a simplification; fact sheet 1.1).
		const who = isAdmin(user) ? 'administrators must do MFA at every sign-in' : 'users must register and do MFA when prompted';
		return {required: true, policies: ['Security defaults'], why: `Security defaults are on: ${who}. The per-user state (${user.perUserMfa}) is not what requires it.`, source: '1.1, 6.1 step 4'};
	}

	switch (user.perUserMfa) {
		case 'enforced': {
			return {required: true, policies: ['MFA: Per-user'], why: 'Per-user MFA is Enforced: every client needs MFA, and legacy clients need an app password.', source: '2.1, 6.1 step 4'};
		}

		case 'enabled': {
			// Enabled: legacy (Basic) clients are not affected until registration completes (fact sheet 2.1).
			return profile.auth === 'modern'
				? {required: true, policies: ['MFA: Per-user'], why: 'Per-user MFA is Enabled: modern sign-ins must register or do MFA.', source: '2.1, 6.1 step 4'}
				: {required: false, policies: [], why: 'Per-user MFA is Enabled, which does not affect legacy clients until the user finishes registration.', source: '2.1'};
		}

		case 'disabled': {
			return {required: false, policies: [], why: 'Per-user MFA is Disabled and security defaults are off: nothing requires a second factor.', source: '2.1, 9 ticket 12'};
		}
	}
}
