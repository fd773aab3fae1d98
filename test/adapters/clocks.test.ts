import {describe, expect, it} from 'vitest';
import {createSimulatedClock} from '../../source/adapters/simulated-clock.js';
import {createSystemClock} from '../../source/adapters/system-clock.js';

describe('clocks', () => {
	it('reads the real time from the system clock', () => {
		const before = Date.now();
		const now = createSystemClock().now();

		expect(now).toBeGreaterThanOrEqual(before);
		expect(now).toBeLessThanOrEqual(Date.now());
	});

	it('moves a simulated clock only when told to', () => {
		const clock = createSimulatedClock(1_710_234_000_000);
		clock.advance(30_000);

		expect(clock.now()).toBe(1_710_234_030_000);
		clock.set(0);
		expect(clock.now()).toBe(0);
	});
});
