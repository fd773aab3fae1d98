import {eraDates} from './era.js';
import {parseInstant, type Instant} from './time.js';

function at(iso: string): Instant {
	return parseInstant(iso) ?? Number.NaN;
}

/**
 * What Microsoft had announced about retiring Basic authentication for SMTP AUTH (client submission), as an
 * admin could have read it on a given date (fact sheet 10, row "SMTP AUTH Basic auth", [S27][S26]). Each plan
 * replaced the one before, so a scenario set in 2025 tells the trainee the plan of 2025, even though that plan
 * was later dropped. Invented day: the first announcement is dated "Apr 2024" only; we use 1 Apr 2024.
 */
const announcements: ReadonlyArray<{readonly from: Instant; readonly text: string}> = [
	{
		from: at('2024-04-01T00:00:00Z'),
		text: 'Microsoft has announced that Basic authentication for SMTP AUTH (client submission) will be retired in September 2025.',
	},
	{
		from: at('2025-06-12T00:00:00Z'),
		text: 'Microsoft has announced that SMTP AUTH Basic authentication will start to be rejected on 1 March 2026, reaching 100% of requests on 30 April 2026.',
	},
	{
		from: at('2026-01-27T00:00:00Z'),
		text: 'Microsoft\'s current plan (27 January 2026): no change through December 2026; at the end of December 2026 SMTP AUTH Basic authentication is turned off by default for existing tenants (admins can turn it on again); a final removal date is to be announced in the second half of 2027.',
	},
	{
		from: eraDates.smtpBasicAuthOffByDefault,
		text: 'Since the end of December 2026 SMTP AUTH Basic authentication is off by default (admins can still turn it on for the organisation or one mailbox); Microsoft is to announce a final removal date in the second half of 2027.',
	},
];

/** The SMTP AUTH Basic-authentication retirement plan as known at `now`, in one sentence for traces and debriefs. */
export function smtpBasicAuthOutlook(now: Instant): string {
	const known = announcements.findLast((each) => now >= each.from);
	return known?.text ?? 'SMTP AUTH is the one Exchange Online protocol that keeps Basic authentication after 1 October 2022; Microsoft has not yet announced when it goes.';
}
