/** A small XML well-formedness check for the JUnit output (no XML parser is a dependency). */
import {expect} from 'vitest';

const name = '[A-Za-z_][\\w.-]*';
const attribute = `\\s+${name}="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*"`;
const tag = new RegExp(`^<(/?)(${name})((?:${attribute})*)\\s*(/?)>`);

/** Fails the test unless the text is one well-formed XML document (declaration, balanced tags, escaped text). */
export function expectWellFormedXml(xml: string): void {
	expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
	let rest = xml.slice(xml.indexOf('\n') + 1);
	const open: string[] = [];
	let roots = 0;
	while (rest.length > 0) {
		if (rest.startsWith('<')) {
			const match = tag.exec(rest);
			expect(match, `bad tag at: ${rest.slice(0, 60)}`).not.toBeNull();
			const [whole, closing, tagName, , selfClosing] = match!;
			if (closing) {
				expect(open.pop()).toBe(tagName);
			} else if (!selfClosing) {
				if (open.length === 0) {
					roots++;
				}

				open.push(tagName!);
			}

			rest = rest.slice(whole.length);
		} else {
			const next = rest.indexOf('<');
			const text = next === -1 ? rest : rest.slice(0, next);
			expect(text.replace(/&(?:amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&>]/);
			rest = next === -1 ? '' : rest.slice(next);
		}
	}

	expect(open).toEqual([]);
	expect(roots).toBe(1);
}
