/** A planted leak: a sign-in copies the password the person typed onto the tenant's user record. Invariant (b) must catch it. */
import {describe, expect, it, vi} from 'vitest';
import type {applyEffects as ApplyEffects} from '../../source/domain/sign-in/sign-in-effects.js';
import {firstBrokenInvariant} from './planted-bugs.js';

vi.mock('../../source/domain/sign-in/sign-in-effects.js', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../source/domain/sign-in/sign-in-effects.js')>();
	const applyEffects: typeof ApplyEffects = (input) => {
		const out = original.applyEffects(input);
		return {...out, user: {...out.user, department: `last typed ${input.person.knownPassword}`}};
	};

	return {...original, applyEffects};
});

describe('the invariants bite', () => {
	it('a plaintext password on the tenant side breaks invariant (b)', async () => {
		// Given a sign-in that writes the typed password into the directory, when random sessions are played
		const broken = await firstBrokenInvariant();
		// Then the scan of the tenant finds it
		expect(broken).toMatch(/tenant user \w+ holds a secret/);
	});
});
