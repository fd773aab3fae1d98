import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {isPersistentRecord, persistentRecord, persistentThreshold, recordWith} from '../../../source/domain/common/persistent-record.js';

function plainRecord(count: number, prefix = 'user'): Record<string, {readonly n: number}> {
	const record: Record<string, {readonly n: number}> = {};
	for (let index = 0; index < count; index++) {
		record[`${prefix}${index}`] = {n: index};
	}

	return record;
}

describe('a persistent record (the big keyed collections: tenant users, world people)', () => {
	test('small records stay plain objects; large ones become persistent', () => {
		const small = plainRecord(persistentThreshold - 1);
		expect(persistentRecord(small)).toBe(small);
		expect(isPersistentRecord(recordWith(small, 'x', {n: -1}))).toBe(false);
		expect(isPersistentRecord(persistentRecord(plainRecord(persistentThreshold)))).toBe(true);
	});

	test('reads like the plain record it came from: index, hasOwn, in, keys, values, entries, spread, JSON, equality', () => {
		const plain = plainRecord(persistentThreshold + 500);
		const record = persistentRecord(plain);
		expect(record['user500']).toEqual({n: 500});
		expect(isPersistentRecord(record)).toBe(true);
		expect(record['nobody']).toBeUndefined();
		expect(Object.hasOwn(record, `user${persistentThreshold + 499}`)).toBe(true);
		expect(Object.hasOwn(record, 'toString')).toBe(false);
		expect('user3' in record && 'toString' in record).toBe(true);
		expect(Object.keys(record)).toEqual(Object.keys(plain));
		expect(Object.values(record)).toEqual(Object.values(plain));
		expect(Object.entries(record).slice(0, 3)).toEqual(Object.entries(plain).slice(0, 3));
		expect({...record}).toEqual(plain);
		expect(JSON.stringify(record)).toBe(JSON.stringify(plain));
		expect(record).toEqual(plain);
	});

	test('an update leaves the original untouched and shares the rest', () => {
		const before = persistentRecord(plainRecord(5000));
		expect(isPersistentRecord(before)).toBe(true);
		const after = recordWith(before, 'user42', {n: -42});
		expect(before['user42']).toEqual({n: 42});
		expect(after['user42']).toEqual({n: -42});
		expect(after['user43']).toBe(before['user43']);
		expect(Object.keys(after)).toEqual(Object.keys(before));
	});

	test('a new key is added in plain-object order (integer-like keys first, ascending)', () => {
		const plain: Record<string, number> = {...Object.fromEntries(Object.entries(plainRecord(persistentThreshold)).map(([key, value]) => [key, value.n])), 7: 7, 20: 20};
		const added = recordWith(recordWith(persistentRecord(plain), '12', 12), 'zed', 99);
		expect(Object.keys(added)).toEqual(Object.keys({...plain, 12: 12, zed: 99}));
		expect(added['zed']).toBe(99);
		expect(Object.keys(added)).toHaveLength(persistentThreshold + 4);
	});

	test('versions branch: keys added to one version never show in another', () => {
		const base = persistentRecord(plainRecord(persistentThreshold));
		const withX = recordWith(base, 'x', {n: 1});
		const withY = recordWith(base, 'y', {n: 2});
		const withXz = recordWith(withX, 'z', {n: 3});
		expect(Object.keys(base)).toHaveLength(persistentThreshold);
		expect(['x' in base, 'y' in base, Object.hasOwn(base, 'z')]).toEqual([false, false, false]);
		expect(Object.keys(withX).slice(-1)).toEqual(['x']);
		expect(Object.keys(withY).slice(-1)).toEqual(['y']);
		expect(Object.hasOwn(withY, 'x')).toBe(false);
		expect(Object.keys(withXz).slice(-2)).toEqual(['x', 'z']);
		expect(withY['y']).toEqual({n: 2});
		expect(withX['y']).toBeUndefined();
	});

	test('grows past every trie level', () => {
		let record = persistentRecord(plainRecord(persistentThreshold));
		for (let index = persistentThreshold; index < 40_000; index++) {
			record = recordWith(record, `user${index}`, {n: index});
		}

		expect(Object.keys(record)).toHaveLength(40_000);
		expect(record['user39999']).toEqual({n: 39_999});
		expect(record['user0']).toEqual({n: 0});
	});

	test('writes through the proxy are refused', () => {
		const record = persistentRecord(plainRecord(persistentThreshold)) as Record<string, unknown>;
		expect(() => {
			record['user1'] = 1;
		}).toThrow(TypeError);
		expect(() => {
			delete record['user1'];
		}).toThrow(TypeError);
		expect(() => Object.freeze(record)).toThrow(TypeError);
	});

	test('any sequence of updates reads the same as the same updates on a plain object', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.integer({min: 0, max: persistentThreshold + 100}), fc.integer()), {maxLength: 200}), (updates) => {
				let plain: Record<string, number> = Object.fromEntries(Array.from({length: persistentThreshold}, (_unused, index) => [`k${index}`, index]));
				let record = persistentRecord(plain);
				for (const [key, value] of updates) {
					plain = {...plain, [`k${key}`]: value};
					record = recordWith(record, `k${key}`, value);
				}

				expect(Object.entries(record)).toEqual(Object.entries(plain));
			}),
			{numRuns: 30},
		);
	});
});
