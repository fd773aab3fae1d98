/** Stable codes for refused commands. Slash-namespaced, never renamed once published. */
export type RejectionCode =
	| 'role/insufficient'
	| 'role/target-protected'
	| 'user/not-found'
	| 'user/guest-managed-by-home-tenant'
	| 'client/not-found'
	| 'method/not-found'
	| 'method/limit-reached'
	| 'method/invalid-phone-number'
	| 'method/not-allowed'
	| 'method/not-registered'
	| 'token/not-found'
	| 'token/already-activated'
	| 'token/invalid-code'
	| 'app-password/not-allowed'
	| 'app-password/limit-reached'
	| 'app-password/not-applicable'
	| 'app-password/not-found'
	| 'settings/invalid-cidr'
	| 'settings/private-range'
	| 'settings/too-many-ranges'
	| 'settings/remember-days-out-of-range'
	| 'settings/no-verification-option'
	| 'license/required'
	| 'era/not-available'
	| 'registration/not-required'
	| 'registration/no-usable-method'
	| 'password/incorrect'
	| 'action/not-applicable'
	| 'input/invalid';

/** A refused command: a normal value, never an exception. */
export type Rejection = {
	readonly ok: false;
	readonly code: RejectionCode;
	readonly message: string;
};

/** Builds a Rejection with a human sentence explaining what was refused and why. */
export function reject(code: RejectionCode, message: string): Rejection {
	return {ok: false, code, message};
}
