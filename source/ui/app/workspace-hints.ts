import {hintsFor} from '../components/key-hint.js';
import {bindingOf, footerHints, keysText, type KeyHint, type KeyIntent} from '../key-bindings.js';
import type {AdminScreenMap} from './placeholder-screen.js';
import type {Overlay} from './overlays.js';
import type {AdminScreenId, ScreenId} from './screens.js';

/**
 * The keys of an admin screen as the footer and help show them: those of the view opened inside it, as
 * it reported them (`onHintsChange`, Unicode arrows), or else the screen's exported ones (`adminScreens`
 * already holds them as the display draws them). Pure.
 */
export function adminScreenHints(adminScreens: AdminScreenMap, screen: AdminScreenId, screenHints: readonly KeyHint[] | undefined, unicode: boolean): readonly KeyHint[] {
	return screenHints === undefined ? adminScreens[screen].hints : hintsFor(screenHints, unicode);
}

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
	/** The hints an admin screen reported for a view opened inside it (see `adminScreenHints`). */
	readonly screenHints?: readonly KeyHint[] | undefined;
};

/**
 * The footer's hints for the moment: the open overlay's keys, or the keys of the focused pane
 * followed by the global ones; admin screens add the hints they export. Pure.
 */
export function workspaceFooterHints({overlay, focus, screen, adminScreens, peopleCount, capturing, unicode, playing = false, realTime = false, screenHints}: FooterContext): readonly KeyHint[] {
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
			const own = adminScreenHints(adminScreens, screen, screenHints, unicode);
			return capturing ? own : around(own);
		}
	}
}
