import type {ClientId, UserId} from '../common/ids.js';
import type {Instant} from '../common/time.js';

/** Sign-in status filter values (fact sheet 6.4). */
export type SignInStatus = 'Success' | 'Failure' | 'Interrupted';

/** Client app labels of the sign-in log (fact sheet 6.4). */
export type ClientAppLabel =
	| 'Browser'
	| 'Mobile apps and desktop clients'
	| 'Authenticated SMTP'
	| 'Exchange ActiveSync'
	| 'Exchange Online PowerShell'
	| 'IMAP4'
	| 'MAPI over HTTP'
	| 'Outlook Anywhere (RPC over HTTP)'
	| 'POP3'
	| 'Other clients';

export type AuthenticationRequirement = 'singleFactorAuthentication' | 'multiFactorAuthentication';

/** What required MFA, as "Authentication requirement policies" shows it (fact sheet 6.4). */
export type RequirementPolicy = 'MFA: Per-user' | 'Security defaults' | 'Home tenant';

/** One step of the evaluation, kept so the sign-in diagnostic can explain the outcome. */
export type TraceStep = {
	readonly step:
		| 'user'
		| 'account'
		| 'lockout'
		| 'credential'
		| 'protocol'
		| 'requirement'
		| 'bypass'
		| 'registration'
		| 'challenge'
		| 'delivery'
		| 'verification'
		| 'session'
		| 'result';
	readonly verdict: 'pass' | 'fail' | 'skip' | 'info';
	/**
	 * A sentence a trainee can read in the admin's Sign-in diagnostic. It states only what Microsoft's side can
	 * know: tenant data, what was sent to which registered number or device, the answer it got (the MFA result
	 * detail, fact sheet 6.3) and timing. Never what happened on the handset or inside a client.
	 */
	readonly detail: string;
	/**
	 * Fact sheet sections behind this step, comma-separated: a section (`5`, `6.1`), a step of 6.1 (`6.1 step 4`),
	 * an error code of 6.2 (`6.2 AADSTS50057`), a ticket of 9 (`9 ticket 28`), or one source key (`S25`) when the step
	 * rests on one page of a passage that cites several; the key goes first so its page leads. For authors and tests; trainees
	 * don't have the fact sheet, so the UI maps it to Microsoft Learn links (sign-in/source-links.ts) or hides it.
	 */
	readonly source: string;
	/**
	 * What really caused this step on the person's side (the phone, a client's settings), which Entra can't see.
	 * For the trainer's debrief and tests only: the admin UI must not show it, or the diagnostic gives the answer away.
	 */
	readonly worldCause?: string;
};

/** An interactive sign-in log row with its authentication details (fact sheet 1.4, 6.4). */
export type SignInLogEntry = {
	readonly requestId: string;
	readonly correlationId: string;
	readonly at: Instant;
	readonly userId?: UserId;
	readonly upn: string;
	readonly clientId: ClientId;
	readonly application: string;
	readonly clientApp: ClientAppLabel;
	readonly ipAddress: string;
	readonly location: string;
	readonly status: SignInStatus;
	/**
	 * The AADSTS number (e.g. 50126); 0 on success, or when Exchange refused the request before Entra (retired Basic
	 * auth, SMTP AUTH off). Show it through `signInErrorCodeText`, which tells those two apart.
	 */
	readonly errorCode: number;
	readonly failureReason: string;
	readonly authenticationRequirement: AuthenticationRequirement;
	readonly requirementPolicies: readonly RequirementPolicy[];
	/** The method shown under Authentication details, e.g. "Text message". */
	readonly authMethod?: string;
	/** The MFA result detail string (fact sheet 6.3), e.g. "MFA requirement skipped due to location". */
	readonly mfaResultDetail?: string;
	readonly conditionalAccess: 'Not Applied';
	readonly trace: readonly TraceStep[];
};

/**
 * What the Basic info tab shows as "Sign-in error code": Entra's 0 for a success, the AADSTS number for a failure
 * or an interruption, and nothing at all when the row failed without an Entra code. That happens when Exchange
 * Online refused the request before Entra was asked (retired Basic authentication, SMTP AUTH off): the fact sheet
 * knows only Exchange's own answer (HTTP 401, 5.7.x replies, 6.1 step 3, ticket 28), and a 0 would read as success.
 */
export function signInErrorCodeText(entry: Pick<SignInLogEntry, 'status' | 'errorCode'>): string | undefined {
	if (entry.errorCode !== 0) {
		return String(entry.errorCode);
	}

	return entry.status === 'Success' ? '0' : undefined;
}

/**
 * Audit log services and categories (fact sheet 1.5). `Exchange` is invented for the simulator: in Microsoft 365
 * Exchange cmdlets such as Set-TransportConfig land in Exchange's own admin audit log (Purview), not in the
 * Entra audit log; the simulator keeps one audit log and names the rows after the cmdlet, as Exchange does.
 */
export type AuditService = 'Core Directory' | 'Authentication Methods' | 'MFA' | 'Exchange';

/** One audit log row. Never holds a secret. */
export type AuditLogEntry = {
	readonly id: string;
	readonly at: Instant;
	readonly service: AuditService;
	readonly category: 'UserManagement' | 'Policy';
	/** Activity name as in fact sheet 1.5, e.g. "Delete application password for user". */
	readonly activity: string;
	readonly initiatedBy: string;
	readonly targetUpn?: string;
	readonly result: 'success';
	readonly details: Readonly<Record<string, string>>;
};
