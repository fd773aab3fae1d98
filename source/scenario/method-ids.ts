import type {UserInput} from './schema/user-schema.js';

/** The id of each registered app, token and app password of a user: explicit, or `app-1`, `sw-1`, `hw-1`, `ap-1`. */
export type MethodIds = {
	readonly authenticatorApps: readonly string[];
	readonly softwareTokens: readonly string[];
	readonly hardwareTokens: readonly string[];
	readonly appPasswords: readonly string[];
};

function idsOf(items: ReadonlyArray<{readonly id?: string | undefined}> | undefined, prefix: string): string[] {
	return (items ?? []).map((item, index) => item.id ?? `${prefix}-${index + 1}`);
}

/** Resolves the method and app password ids of a fixture user, the way the tenant is built. */
export function methodIdsOf(user: UserInput): MethodIds {
	return {
		authenticatorApps: idsOf(user.methods?.authenticatorApps, 'app'),
		softwareTokens: idsOf(user.methods?.softwareTokens, 'sw'),
		hardwareTokens: idsOf(user.methods?.hardwareTokens, 'hw'),
		appPasswords: idsOf(user.appPasswords, 'ap'),
	};
}
