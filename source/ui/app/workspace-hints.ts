import {bindingOf, footerHints, keysText, type KeyHint, type KeyIntent} from '../key-bindings.js';
import type {AdminScreenMap} from './placeholder-screen.js';
import type {Overlay} from './overlays.js';
import type {ScreenId} from './screens.js';

/** What decides the footer. */
export type FooterContext = {
	readonly overlay: Overlay;
	readonly focus: 'navigation' | 'content';
	readonly screen: ScreenId;
	readonly adminScreens: AdminScreenMap;
	readonly peopleCount: number;
	/** A screen owns the keyboard: the shell's keys are paused. */
	readonly capturing: boolean;
	readonly unicode: boolean;
	/** A scenario is being played: the attempt's keys (check, submit, hint) show in the menu's footer. */
	readonly playing?: boolean;
	/** `--real-time`: a code from the trainee's own app can be typed on the user's side. */
	readonly realTime?: boolean;
};

/**
 * The footer's hints for the moment: the open overlay's keys, or the keys of the focused pane
 * followed by the global ones; admin screens add the hints they export. Pure.
 */
export function workspaceFooterHints({overlay, focus, screen, adminScreens, peopleCount, capturing, unicode, playing = false, realTime = false}: FooterContext): readonly KeyHint[] {
	if (overlay.kind !== 'none') {
		return footerHints([overlay.kind], unicode);
	}

	const global = footerHints(['global'], unicode);
	if (focus === 'navigation') {
		return [...global, ...footerHints(playing ? ['navigation', 'attempt'] : ['navigation'], unicode)];
	}

	// In a screen: how to get back and get help first, then the screen's keys, then the palette.
	const hint = (intent: KeyIntent): KeyHint => ({keys: keysText(bindingOf(intent), unicode, true), label: bindingOf(intent).hint});
	const around = (own: readonly KeyHint[]) => [hint('focus.toggle'), hint('help.toggle'), ...own, hint('palette.open')];
	switch (screen) {
		case 'ticket': {
			return around(footerHints(['ticket'], unicode));
		}

		case 'user-phone':
		case 'user-clients':
		case 'ask-user': {
			const list = screen === 'user-phone' ? [] : footerHints(['list'], unicode);
			const person = peopleCount > 1 ? footerHints(['user-side'], unicode) : [];
			const own = [...(screen === 'user-phone' ? [hint('phone.enrol')] : []), ...(realTime ? [hint('phone.type-code')] : [])];
			return around([...list, ...own, ...person]);
		}

		default: {
			// While the screen captures typing, only its own keys (and Ctrl+C) work.
			return capturing ? adminScreens[screen].hints : around(adminScreens[screen].hints);
		}
	}
}
