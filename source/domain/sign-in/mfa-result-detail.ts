/**
 * MFA result detail strings of the Authentication Details tab (fact sheet 6.3). The documented
 * fragments are shown with the prefixes the portal uses: "MFA requirement ..." for satisfied or
 * skipped requirements and "MFA denied; ..." for failures (fact sheet 6.1 step 5, 6.3).
 */
export const mfaResultDetails = {
	completed: 'MFA successfully completed',
	skippedLocation: 'MFA requirement skipped due to location',
	skippedRememberedDevice: 'MFA requirement skipped due to remembered device',
	skippedAppPassword: 'MFA requirement skipped due to app password',
	satisfiedByClaim: 'MFA requirement satisfied by claim in the token',
	expired: 'MFA requirement has expired due to the policies configured on tenant',
	registrationPrompted: 'MFA registration prompted',
	noMethods: "MFA denied; user doesn't have any verification methods registered",
	neverEnteredCode: 'MFA denied; user never entered the verification code',
	invalidPhoneFormat: 'MFA denied; phone number has an invalid format',
	unableToReachPhone: "MFA denied; unable to reach the user's phone",
	voicemail: 'MFA denied; phone call went to voicemail',
	hungUp: 'MFA denied; user hung up the phone call without succeeding the authentication',
	pushNotSentToDevice: 'MFA denied; unable to send the mobile app notification to the device',
	pushNoResponse: "MFA denied; user didn't respond to mobile app notification",
	declined: 'MFA denied; user declined the authentication',
	fraudReported: 'MFA denied, Fraud Code Entered',
	invalidAppCode: 'MFA denied; invalid mobile app verification code',
	incorrectCode: 'MFA denied; user entered incorrect code',
	codeAlreadyUsed: 'MFA denied; verification code already used once',
	userBlocked: 'MFA denied; user is blocked',
	serviceError: 'MFA denied; service error',
} as const;

export type MfaResultDetail = (typeof mfaResultDetails)[keyof typeof mfaResultDetails];
