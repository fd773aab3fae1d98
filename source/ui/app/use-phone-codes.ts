import {useMemo} from 'react';
import {createOtplibTotp} from '../../adapters/otplib-totp.js';
import type {RandomSource, TotpPort} from '../../domain/ports.js';

// The phone only generates codes; it never draws seeds, so randomness is never needed.
const noRandom: RandomSource = {
	int() {
		throw new Error('The phone view never draws random values');
	},
	string() {
		throw new Error('The phone view never draws random values');
	},
};

/** What draws the live Authenticator codes on the phone: `totp` when given (tests), else the otplib adapter. */
export function usePhoneCodes(totp: TotpPort | undefined): TotpPort {
	return useMemo(() => totp ?? createOtplibTotp({random: noRandom}), [totp]);
}
