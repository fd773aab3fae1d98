import {encode, renderUnicode, renderUnicodeCompact} from 'uqr';

/**
 * A QR code drawn as terminal text by uqr (a port of Project Nayuki's QR generator; no encoding is
 * done here). Light modules are the drawn glyphs and dark modules are blanks, the convention of
 * qrcode-terminal: on the usual light-on-dark terminal it reads right with no colour at all, and
 * with colour the panel pins white on black so a light theme reads right too.
 */
export type QrDrawing = {
	readonly lines: readonly string[];
	/** Columns of the widest line. */
	readonly width: number;
	/** Rows. */
	readonly height: number;
	/** Quiet zone around the code, in modules. */
	readonly border: number;
};

/**
 * Error correction L (7 %): the smallest code for the ~130 characters of an otpauth URI (version 6,
 * 41 modules). A screen does not get dirty, so the higher levels only cost rows.
 */
const ecc = 'L';

/** Quiet zones to try, widest first: the standard asks for 4 modules; scanners cope with 1. */
export const quietZones = [4, 2, 1] as const;

/**
 * Size of the code with a quiet zone: half-block glyphs put two module rows in one text row; the
 * ASCII fallback (TERM=dumb) uses two `#` per module and one row per module row.
 */
export function qrSize(modules: number, border: number, unicode: boolean): {readonly width: number; readonly height: number} {
	const side = modules + 2 * border;
	return unicode ? {width: side, height: Math.ceil(side / 2)} : {width: 2 * side, height: side};
}

/** Modules per side of the code for `text`, without a quiet zone. */
export function qrModules(text: string): number {
	return encode(text, {ecc, border: 0}).size;
}

/** Draws `text` with the given quiet zone, in half blocks or (no Unicode) in ASCII. */
export function drawQr(text: string, border: number, unicode: boolean): QrDrawing {
	const drawn = unicode ? renderUnicodeCompact(text, {ecc, border}) : renderUnicode(text, {ecc, border, whiteChar: '##', blackChar: '  '});
	const lines = drawn.split('\n');
	return {lines, width: Math.max(...lines.map((line) => [...line].length)), height: lines.length, border};
}
