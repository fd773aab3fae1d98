import {createHash} from 'node:crypto';

/**
 * The content hash an attempt records for its scenario: `sha256:` and the hex digest of the file's
 * text. Resuming can compare it to tell whether the scenario changed since the attempt began.
 */
export function scenarioContentHash(text: string): string {
	return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
