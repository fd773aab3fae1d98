import {useEffect} from 'react';
import type {KeyHint} from './key-hint.js';

/**
 * Reports the key hints of what a screen shows now to its host whenever they change (and `undefined`,
 * "back to the screen's exported hints", on unmount), so the footer and help can follow a view opened
 * inside the screen (a user's details inside Active users). Pass a stable array (a module constant).
 */
export function useHintsReport(hints: readonly KeyHint[] | undefined, onHintsChange: ((hints: readonly KeyHint[] | undefined) => void) | undefined): void {
	useEffect(() => {
		onHintsChange?.(hints);
	}, [hints, onHintsChange]);
	useEffect(
		() => () => {
			onHintsChange?.(undefined);
		},
		[onHintsChange],
	);
}
