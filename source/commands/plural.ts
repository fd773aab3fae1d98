/** `1 attempt`, `3 attempts`, `1 wrong remedy`, `2 wrong remedies`: a count and its noun, in the right number. */
export function plural(count: number, noun: string, nouns: string = noun.endsWith('y') && !/[aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`): string {
	return `${count} ${count === 1 ? noun : nouns}`;
}
