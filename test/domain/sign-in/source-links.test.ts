/**
 * Trace steps cite fact sheet sections for authors and tests; trainees get the Microsoft pages behind them
 * instead. Every citation the evaluation writes must be well formed, unambiguous and lead to at least one
 * Microsoft page.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {citedSources} from '../../../source/domain/sign-in/fact-sheet-citations.js';
import {microsoftSources, referencesOf, sourceLinks} from '../../../source/domain/sign-in/source-links.js';

const signInFolder = join(dirname(fileURLToPath(import.meta.url)), '../../../source/domain/sign-in');

/** One reference: a section, a step of 6.1, an AADSTS row of 6.2, a ticket of 9 or a source key, maybe marked inferred. */
const reference = /^(?:\d+(?:\.\d+)?|6\.1 step \d+|6\.2 AADSTS\d+|9 ticket \d+|S\d+)(?: \(inferred\))?$/;

/** Every citation literal the sign-in evaluation writes into a trace: `source: '...'` and the citation helpers' returns. */
function citationsInSource(): string[] {
	const files = readdirSync(signInFolder).filter((name) => /^(decide-|evaluate-|requirement)/.test(name));
	const found = new Set<string>();
	for (const name of files) {
		const text = readFileSync(join(signInFolder, name), 'utf8');
		for (const match of text.matchAll(/(?:source: |return |\? |: )'((?:\d|S\d)[^']*)'/g)) {
			found.add(match[1]!);
		}
	}

	return [...found].toSorted();
}

describe('the citations the evaluation writes', () => {
	const citations = citationsInSource();

	it('are found in the source (so the checks below check something)', () => {
		expect(citations.length).toBeGreaterThan(30);
		expect(citations).toContain('5, 6.1 step 1, 6.4');
		expect(citations).toContain('S25, 4.1, 10, 6.1 step 3');
	});

	it.each(citations)('"%s" is well formed and every reference exists in the fact sheet', (citation) => {
		for (const each of citation.split(', ')) {
			expect(each).toMatch(reference);
			expect(citedSources(each.replace(' (inferred)', '')), each).toBeDefined();
		}
	});

	it.each(citations)('"%s" never puts a bare section after a step or ticket, where it would read as another one', (citation) => {
		// "6.1 step 1, 5" reads as steps 1 and 5 (the review's finding), "9 ticket 28, 10" as tickets 28 and 10; "5, 6.1 step 1" cannot be misread.
		expect(citation).not.toMatch(/(?:step|ticket) \d+, \d+(?:,|$| \()/);
	});

	it.each(citations)('"%s" leads to at least one Microsoft page', (citation) => {
		expect(sourceLinks(citation).length).toBeGreaterThan(0);
	});
});

describe('sourceLinks', () => {
	it('lists the narrow references\' pages first: the error code row before its sections', () => {
		// Smart lockout: section 1.2 cites many pages; the AADSTS50053 row cites the error codes and smart lockout
		const links = sourceLinks('1.2, 6.1 step 2, 6.2 AADSTS50053');
		expect(links.slice(0, 2).map((link) => link.id)).toEqual(['S13', 'S55']);
	});

	it('keeps only Microsoft\'s pages, once each', () => {
		// 3.5 cites the RFC and a liboath man page (S52) and an AI-generated Q&A answer (S60), and S4 and S5 share a page
		const links = sourceLinks('3.5, 6.3');
		expect(links.map((link) => link.id)).toEqual(['S4', 'S37', 'S14', 'S44']);
		expect(links.every((link) => link.url.startsWith('https://learn.microsoft.com/'))).toBe(true);
	});

	it('ignores an "(inferred)" note', () => {
		expect(referencesOf('7.3, 6.2 AADSTS50055 (inferred)')).toEqual(['7.3', '6.2 AADSTS50055']);
	});

	it('has an https URL for every page it knows', () => {
		for (const page of Object.values(microsoftSources)) {
			expect(page?.url).toMatch(/^https:\/\/(?:learn|support|techcommunity)\.microsoft\.com\//);
		}
	});

	it('puts a cited source key\'s page first, before the step it narrows', () => {
		// 6.1 step 3 cites security defaults [S41] first; Exchange refusing Basic auth itself is the deprecation page [S25]
		expect(sourceLinks('6.1 step 3')[0]?.id).toBe('S41');
		expect(sourceLinks('S25, 4.1, 10, 6.1 step 3').slice(0, 2).map((link) => link.id)).toEqual(['S25', 'S41']);
	});

	it('knows the source keys of the fact sheet\'s table only', () => {
		expect(citedSources('S25')).toEqual(['S25']);
		expect(citedSources('S63')).toBeUndefined();
		expect(citedSources('S0')).toBeUndefined();
	});

	it('falls back from an unlisted step or code to its section, and knows no invented sections', () => {
		expect(citedSources('6.2 AADSTS99999')).toEqual(citedSources('6.2'));
		expect(citedSources('11.4')).toBeUndefined();
		expect(citedSources('9 ticket 99')).toBeUndefined();
	});
});
