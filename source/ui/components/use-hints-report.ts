import {useLayoutEffect} from 'react';
import type {KeyHint} from './key-hint.js';

/**
 * Reports the key hints of what a screen shows now to its host whenever they change (and `undefined`,
 * "back to the screen's exported hints", on unmount), so the footer and help can follow a view opened
 * inside the screen (a user's details inside Active users). Pass a stable array (a module constant).
 * In layout effects, like `useCaptureReport`: the footer changes in the same commit as the view, before
 * the next key is read.
 */
export function useHintsReport(hints: readonly KeyHint[] | undefined, onHintsChange: ((hints: readonly KeyHint[] | undefined) => void) | undefined): void {
	useLayoutEffect(() => {
		onHintsChange?.(hints);
	}, [hints, onHintsChange]);
	useLayoutEffect(
		() => () => {
			onHintsChange?.(undefined);
		},
		[onHintsChange],
	);
}
