import {createContext, useContext, type ReactNode} from 'react';
import {richDisplay, type DisplayMode} from '../app/display.js';

const DisplayContext = createContext<DisplayMode>(richDisplay);

/** Props of DisplayProvider. */
export type DisplayProviderProps = {
	readonly display: DisplayMode;
	readonly children: ReactNode;
};

/**
 * Hands the display mode (`NO_COLOR`, `FORCE_COLOR=0`, `TERM=dumb`) to every widget under it, so the
 * admin screens and the shared widgets draw plain output without a prop threaded through each of
 * them. The workspace provides it for everything it draws.
 */
export function DisplayProvider({display, children}: DisplayProviderProps) {
	return <DisplayContext.Provider value={display}>{children}</DisplayContext.Provider>;
}

/** The display mode of the nearest DisplayProvider: colours and Unicode (`richDisplay`) without one. */
export function useDisplay(): DisplayMode {
	return useContext(DisplayContext);
}
