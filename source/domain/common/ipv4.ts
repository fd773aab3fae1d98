/** A parsed IPv4 CIDR range. */
export type Ipv4Range = {readonly base: number; readonly prefix: number};

/** Parses a dotted-quad IPv4 address to an unsigned 32-bit number; undefined when malformed. */
export function parseIpv4(text: string): number | undefined {
	const parts = text.split('.');
	if (parts.length !== 4) {
		return undefined;
	}

	let value = 0;
	for (const part of parts) {
		if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) {
			return undefined;
		}

		value = value * 256 + Number(part);
	}

	return value;
}

/** Parses `a.b.c.d/n` (n 0..32; a bare address counts as /32); undefined when malformed. */
export function parseCidr(text: string): Ipv4Range | undefined {
	const [address, prefixText, extra] = text.trim().split('/');
	if (address === undefined || extra !== undefined) {
		return undefined;
	}

	const base = parseIpv4(address);
	if (base === undefined) {
		return undefined;
	}

	if (prefixText === undefined) {
		return {base, prefix: 32};
	}

	if (!/^(\d|[12]\d|3[0-2])$/.test(prefixText)) {
		return undefined;
	}

	return {base, prefix: Number(prefixText)};
}

/** Does the range contain the address? */
export function rangeContains(range: Ipv4Range, address: number): boolean {
	if (range.prefix === 0) {
		return true;
	}

	const size = 2 ** (32 - range.prefix);
	const start = Math.floor(range.base / size) * size;
	return address >= start && address < start + size;
}

/** The first CIDR text in `ranges` that contains `ip`, if any. */
export function findContainingRange(ranges: readonly string[], ip: string): string | undefined {
	const address = parseIpv4(ip);
	if (address === undefined) {
		return undefined;
	}

	return ranges.find((text) => {
		const range = parseCidr(text);
		return range !== undefined && rangeContains(range, address);
	});
}
