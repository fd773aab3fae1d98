import {useCallback, useState} from 'react';
import type {KeyHint} from '../key-bindings.js';
import type {ScreenId} from './screens.js';

/**
 * The key hints an admin screen reported for a view opened inside it (`onHintsChange`), and the stable
 * setter to hand it. Cleared as soon as the workspace shows another screen, so no screen's view keys are
 * left over the next (the screen also reports `undefined` as it unmounts).
 */
export function useScreenHints(screen: ScreenId): readonly [readonly KeyHint[] | undefined, (hints?: readonly KeyHint[]) => void] {
	const [hints, setHints] = useState<readonly KeyHint[] | undefined>(undefined);
	const [hintsScreen, setHintsScreen] = useState(screen);
	// Adjusted while rendering (React's pattern for state that resets on a prop change): no frame shows stale hints.
	if (hintsScreen !== screen) {
		setHintsScreen(screen);
		setHints(undefined);
	}

	const setScreenHints = useCallback((next?: readonly KeyHint[]) => {
		setHints(next);
	}, []);
	return [hintsScreen === screen ? hints : undefined, setScreenHints];
}
