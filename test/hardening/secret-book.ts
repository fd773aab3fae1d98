/**
 * Every secret a world has held, in two classes: passwords (what a person knows, app passwords they
 * noted, secrets saved in clients) and TOTP seeds (in authenticator apps, key fobs and tenant method
 * records). `leaks` says which ones a serialised text contains. Secrets are remembered once seen, so
 * an old password or a deleted app password must never surface later either.
 *
 * A third class, `code`, holds one-time codes the trainee typed from a real app (`--real-time`): not
 * a secret the world holds, and expired within a minute, but the progress file keeps only what the
 * tenant made of them, so none may surface there. Six digits also occur inside instants and time
 * steps, so a code counts only as a whole token (no digit either side).
 */
import type {SimState} from '../../source/domain/state/sim-state.js';

export type SecretClass = 'password' | 'totp' | 'code';

function occursIn(text: string, kind: SecretClass, secret: string): boolean {
	if (kind !== 'code') {
		return text.includes(secret);
	}

	let from = text.indexOf(secret);
	while (from !== -1) {
		const before = text[from - 1] ?? '';
		const after = text[from + secret.length] ?? '';
		if (!/\d/.test(before) && !/\d/.test(after)) {
			return true;
		}

		from = text.indexOf(secret, from + 1);
	}

	return false;
}

export class SecretBook {
	readonly #secrets: Record<SecretClass, Set<string>> = {password: new Set(), totp: new Set(), code: new Set()};

	/** Remembers one secret (empty strings are not secrets). */
	add(kind: SecretClass, secret: string | undefined): void {
		if (secret !== undefined && secret.length > 0) {
			this.#secrets[kind].add(secret);
		}
	}

	/** Remembers every secret the world and the tenant hold in `state`. */
	collect(state: SimState): void {
		for (const person of Object.values(state.world.people)) {
			this.add('password', person.knownPassword);
			for (const secret of Object.values(person.notedAppPasswords)) {
				this.add('password', secret);
			}

			for (const client of person.clients) {
				this.add('password', client.savedSecret);
			}

			for (const phone of [person.phone, person.oldPhone]) {
				for (const account of phone?.authenticator.accounts ?? []) {
					this.add('totp', account.secret);
				}
			}

			for (const token of person.tokens) {
				this.add('totp', token.secret);
			}
		}

		for (const user of Object.values(state.tenant.users)) {
			for (const method of [...user.methods.authenticatorApps, ...user.methods.softwareTokens, ...user.methods.hardwareTokens]) {
				this.add('totp', method.secret);
			}
		}
	}

	/** How many secrets of each class are known. */
	counts(): Record<SecretClass, number> {
		return {password: this.#secrets.password.size, totp: this.#secrets.totp.size, code: this.#secrets.code.size};
	}

	/** The secrets of these classes that occur in `text`. */
	leaks(text: string, classes: readonly SecretClass[]): string[] {
		const found: string[] = [];
		for (const kind of classes) {
			for (const secret of this.#secrets[kind]) {
				if (occursIn(text, kind, secret)) {
					found.push(secret);
				}
			}
		}

		return found;
	}
}
