import {describe, expect, it} from 'vitest';
import {applyAdminCommand} from '../../../source/domain/admin/apply-admin-command.js';
import {isIpInCidr, parseCidr} from '../../../source/domain/common/ipv4.js';
import {validateTrustedIpRanges} from '../../../source/domain/admin/cidr.js';
import {isRejection} from '../../../source/domain/admin/command-support.js';
import {buildState} from '../../helpers/build-state.js';
import {expectRejected} from '../../helpers/admin-helpers.js';

function setRanges(ranges: readonly string[]) {
	return applyAdminCommand(buildState(), {type: 'set-trusted-ips', ranges, skipForFederatedIntranet: false});
}

describe('trusted IP range validation (fact sheet 8.3)', () => {
	it.each(['203.0.113.0/24', '198.51.100.7/32', '8.8.8.0/24', '52.96.0.0/14'])('accepts the public range %s', (range) => {
		// Given a P1 tenant
		// When the admin enters a public IPv4 range
		const result = validateTrustedIpRanges([range]);

		// Then it is accepted as is
		expect(result).toEqual([range]);
	});

	it.each([
		['office', 'CIDR notation'],
		['203.0.113.10', '203.0.113.10/32'],
		['203.0.113.0/33', 'CIDR notation'],
		['203.0.113.300/24', 'CIDR notation'],
		['203.0.113.0/', 'CIDR notation'],
		['203.0.113.0/24/8', 'CIDR notation'],
		['203.000.113.0/24', 'CIDR notation'],
		['203.0.113.10/24', 'did you mean 203.0.113.0/24'],
	])('refuses the malformed entry %s with a hint (%s)', (range, hint) => {
		// When the admin enters something that is not a clean IPv4 CIDR range
		const result = setRanges([range]);

		// Then it is an invalid CIDR and the message helps fix it
		expect(expectRejected(result, 'settings/invalid-cidr').message).toContain(hint);
	});

	it.each([
		['10.20.0.0/16', '10.0.0.0/8'],
		['172.16.0.0/12', '172.16.0.0/12'],
		['172.20.5.0/24', '172.16.0.0/12'],
		['192.168.1.0/24', '192.168.0.0/16'],
		['127.0.0.1/32', 'loopback'],
		['169.254.10.0/24', 'link-local'],
		['100.64.0.0/10', 'carrier-grade NAT'],
		['100.100.1.0/24', 'carrier-grade NAT'],
		['224.0.0.0/8', 'multicast'],
		['0.0.0.0/0', 'includes'],
	])('refuses the non-public range %s (%s)', (range, words) => {
		// When the admin enters a range that overlaps a non-public block
		const result = setRanges([range]);

		// Then it is refused as private, naming the block
		expect(expectRejected(result, 'settings/private-range').message).toContain(words);
	});

	it('accepts the edges next to the private blocks', () => {
		// Given ranges just outside 172.16.0.0/12 and 100.64.0.0/10
		// When they are validated
		const result = validateTrustedIpRanges(['172.32.0.0/16', '172.15.255.0/24', '100.128.0.0/16', '11.0.0.0/8']);

		// Then they are public
		expect(isRejection(result)).toBe(false);
	});

	it('accepts 50 ranges and refuses 51', () => {
		// Given 51 distinct public /32 addresses
		const ranges = Array.from({length: 51}, (_, index) => `203.0.113.${index + 1}/32`);

		// When the admin enters the first 50, then all 51
		const fifty = validateTrustedIpRanges(ranges.slice(0, 50));
		const fiftyOne = setRanges(ranges);

		// Then 50 is the limit
		expect(fifty).toHaveLength(50);
		expect(expectRejected(fiftyOne, 'settings/too-many-ranges').message).toContain('51');
	});

	it('refuses IPv6 and points to named locations', () => {
		// When the admin pastes the office IPv6 prefix
		const result = setRanges(['2001:db8:1234::/48']);

		// Then it is refused with the place IPv6 belongs
		expect(expectRejected(result, 'settings/invalid-cidr').message).toContain('named location');
	});
});

describe('CIDR helpers', () => {
	it('parses a range and tells which addresses fall inside', () => {
		// Given the office range 203.0.113.0/24
		// When addresses are checked against it
		// Then inside and outside are told apart, including the edges
		expect(parseCidr('203.0.113.0/24')).toEqual({network: 203 * 2 ** 24 + 113 * 256, prefix: 24});
		expect(isIpInCidr('203.0.113.0', '203.0.113.0/24')).toBe(true);
		expect(isIpInCidr('203.0.113.255', '203.0.113.0/24')).toBe(true);
		expect(isIpInCidr('203.0.114.0', '203.0.113.0/24')).toBe(false);
		expect(isIpInCidr('198.51.100.7', '198.51.100.7/32')).toBe(true);
		expect(isIpInCidr('198.51.100.8', '198.51.100.7/32')).toBe(false);
		expect(isIpInCidr('not-an-ip', '203.0.113.0/24')).toBe(false);
	});
});
