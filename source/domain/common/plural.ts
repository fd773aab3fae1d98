/**
 * `1 attempt`, `3 attempts`, `1,200 users`, `2 wrong remedies`: a count and its noun in the right number, the count
 * grouped in thousands. Nouns ending in a consonant and `y` take `-ies`; pass `nouns` for any other irregular plural.
 * The one plural every report, screen and message uses. Pure.
 */
export function plural(count: number, noun: string, nouns: string = noun.endsWith('y') && !/[aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`): string {
	return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}
