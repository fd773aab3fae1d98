import {reject, type Rejection} from '../common/rejection.js';
import {maxTrustedIpRanges} from '../tenant/service-settings.js';
import {blockSize, parseCidr, parseIpv4, type Ipv4Range} from '../common/ipv4.js';

/**
 * Address blocks that are not public, which cloud MFA trusted IPs refuse (fact sheet 8.3: public ranges only).
 * The RFC 5737 documentation blocks (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) are deliberately
 * allowed: scenarios use them as stand-ins for public egress addresses.
 */
export const nonPublicBlocks: ReadonlyArray<{readonly cidr: string; readonly label: string}> = [
	{cidr: '10.0.0.0/8', label: 'private (RFC 1918) range'},
	{cidr: '172.16.0.0/12', label: 'private (RFC 1918) range'},
	{cidr: '192.168.0.0/16', label: 'private (RFC 1918) range'},
	{cidr: '100.64.0.0/10', label: 'carrier-grade NAT (RFC 6598) range'},
	{cidr: '127.0.0.0/8', label: 'loopback range'},
	{cidr: '169.254.0.0/16', label: 'link-local range'},
	{cidr: '0.0.0.0/8', label: '"this network" range'},
	{cidr: '192.0.0.0/24', label: 'IETF protocol assignments range'},
	{cidr: '198.18.0.0/15', label: 'benchmarking (RFC 2544) range'},
	{cidr: '224.0.0.0/4', label: 'multicast range'},
	{cidr: '240.0.0.0/4', label: 'reserved range'},
];

function overlaps(a: Ipv4Range, b: Ipv4Range): boolean {
	return a.network < b.network + blockSize(b.prefix) && b.network < a.network + blockSize(a.prefix);
}

function hint(text: string): string {
	if (parseIpv4(text) !== undefined) {
		return ` Write a single address as ${text}/32.`;
	}

	const [address, prefixText] = text.split('/');
	const network = address === undefined ? undefined : parseIpv4(address);
	const prefix = Number(prefixText);
	if (network !== undefined && /^\d{1,2}$/.test(prefixText ?? '') && prefix <= 32) {
		const size = blockSize(prefix);
		const aligned = Math.floor(network / size) * size;
		const dotted = [24, 16, 8, 0].map((shift) => Math.floor(aligned / 2 ** shift) % 256).join('.');
		return ` The address has host bits set for /${prefix}; did you mean ${dotted}/${prefix}?`;
	}

	return ' Use CIDR notation such as 203.0.113.0/24 or 203.0.113.10/32.';
}

/** Validates one trusted-IP entry: IPv4 CIDR, public only. */
export function validateTrustedIpRange(text: string): Rejection | undefined {
	if (text.includes(':')) {
		return reject(
			'settings/invalid-cidr',
			`${text} is an IPv6 range: MFA trusted IPs take IPv4 ranges only; add IPv6 ranges as a Conditional Access named location instead.`,
		);
	}

	const range = parseCidr(text);
	if (range === undefined) {
		return reject('settings/invalid-cidr', `"${text}" is not an IPv4 range in CIDR notation.${hint(text)}`);
	}

	for (const block of nonPublicBlocks) {
		const blockRange = parseCidr(block.cidr);
		if (blockRange !== undefined && overlaps(range, blockRange)) {
			return reject(
				'settings/private-range',
				`${text} ${range.prefix < blockRange.prefix ? 'includes' : 'is in'} ${block.cidr}, a ${block.label}: cloud MFA trusted IPs accept public ranges only (your office's public egress address).`,
			);
		}
	}

	return undefined;
}

/**
 * Validates the trusted-IP text box (fact sheet 8.3): blank entries are ignored, duplicates count once,
 * every entry must be a public IPv4 CIDR range, and at most 50 ranges. Returns the cleaned list.
 */
export function validateTrustedIpRanges(ranges: readonly string[]): readonly string[] | Rejection {
	const cleaned = [...new Set(ranges.map((range) => range.trim()).filter((range) => range.length > 0))];
	if (cleaned.length > maxTrustedIpRanges) {
		return reject('settings/too-many-ranges', `${cleaned.length} trusted IP ranges were entered; the service settings hold at most ${maxTrustedIpRanges}.`);
	}

	for (const range of cleaned) {
		const refused = validateTrustedIpRange(range);
		if (refused !== undefined) {
			return refused;
		}
	}

	return cleaned;
}

