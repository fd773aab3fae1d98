/** The four "verification options" checkboxes of the legacy service settings (fact sheet 8.4). */
export type VerificationOptions = {
	readonly call: boolean;
	readonly text: boolean;
	readonly appNotification: boolean;
	readonly appCode: boolean;
};

/** Legacy per-user MFA service settings (fact sheet 8). */
export type MfaServiceSettings = {
	/** "Allow users to create app passwords to sign in to non-browser apps" (default: not allowed). */
	readonly appPasswordsAllowed: boolean;
	/** "Skip multi-factor authentication for requests from federated users on my intranet". */
	readonly skipForFederatedIntranet: boolean;
	/** Public IPv4 CIDR ranges, at most 50 (fact sheet 8.3). */
	readonly trustedIpRanges: readonly string[];
	readonly verificationOptions: VerificationOptions;
	/** "Allow users to remember multi-factor authentication on devices they trust", 1 to 365 days. */
	readonly rememberMfa: {readonly enabled: boolean; readonly days: number};
};

export const maxTrustedIpRanges = 50;
export const rememberMfaDaysRange = {min: 1, max: 365} as const;

/** Service settings as a fresh tenant has them. The current remember-MFA default is unknown (open question 3); 14 was the 2018 default. */
export const defaultServiceSettings: MfaServiceSettings = {
	appPasswordsAllowed: false,
	skipForFederatedIntranet: false,
	trustedIpRanges: [],
	verificationOptions: {call: true, text: true, appNotification: true, appCode: true},
	rememberMfa: {enabled: false, days: 14},
};
