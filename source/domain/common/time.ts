/** Milliseconds since the Unix epoch on the simulated clock. The domain never reads a real clock. */
export type Instant = number;

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Parses an ISO-8601 date-time into an Instant; undefined when the text is not a date. */
export function parseInstant(text: string): Instant | undefined {
	const value = Date.parse(text);
	return Number.isNaN(value) ? undefined : value;
}

/** Formats an Instant as an ISO-8601 UTC string, as the sign-in and audit logs show it. */
export function formatInstant(at: Instant): string {
	return new Date(at).toISOString();
}
