/** An IPv4 range: network address as an unsigned 32-bit number and prefix length. */
export type Ipv4Range = {
	readonly network: number;
	readonly prefix: number;
};

const ipv4Pattern = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Parses a dotted-quad IPv4 address into an unsigned 32-bit number; undefined when it isn't one. */
export function parseIpv4(text: string): number | undefined {
	const match = ipv4Pattern.exec(text);
	if (match === null) {
		return undefined;
	}

	let value = 0;
	for (const part of match.slice(1)) {
		// Leading zeros ("010") are refused: some tools read them as octal.
		if (part.length > 1 && part.startsWith('0')) {
			return undefined;
		}

		const octet = Number(part);
		if (octet > 255) {
			return undefined;
		}

		value = value * 256 + octet;
	}

	return value;
}

/** Number of addresses in a block of this prefix length. */
export function blockSize(prefix: number): number {
	return 2 ** (32 - prefix);
}

/** Parses `a.b.c.d/n` (n 0..32, host bits zero); undefined when the text isn't such a range. */
export function parseCidr(text: string): Ipv4Range | undefined {
	const [address, prefixText, extra] = text.split('/');
	if (address === undefined || prefixText === undefined || extra !== undefined || !/^\d{1,2}$/.test(prefixText)) {
		return undefined;
	}

	const network = parseIpv4(address);
	const prefix = Number(prefixText);
	if (network === undefined || prefix > 32 || network % blockSize(prefix) !== 0) {
		return undefined;
	}

	return {network, prefix};
}

/** Does an IPv4 address fall inside a CIDR range? False for anything that doesn't parse. */
export function isIpInCidr(ip: string, cidr: string): boolean {
	const address = parseIpv4(ip);
	const range = parseCidr(cidr);
	if (address === undefined || range === undefined) {
		return false;
	}

	return address >= range.network && address < range.network + blockSize(range.prefix);
}

/** The first range in `ranges` that contains `ip`, if any (used for trusted-IP bypasses). */
export function findContainingRange(ranges: readonly string[], ip: string): string | undefined {
	return ranges.find((range) => isIpInCidr(ip, range));
}
