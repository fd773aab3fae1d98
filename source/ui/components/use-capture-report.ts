import {useLayoutEffect} from 'react';

/**
 * Reports a widget's "I own the keyboard" flag to its host whenever it changes (and `false` on
 * unmount), so the host can pause global single-key bindings while the user types. In layout effects:
 * the host's re-render then lands in the same commit, before the next key is read. A passive effect
 * runs a scheduler turn later, and a key typed in between (`/` then `?` quickly) would still reach the
 * host's bindings.
 */
export function useCaptureReport(isCapturing: boolean, onCaptureChange: ((isCapturing: boolean) => void) | undefined): void {
	useLayoutEffect(() => {
		onCaptureChange?.(isCapturing);
	}, [isCapturing, onCaptureChange]);
	useLayoutEffect(
		() => () => {
			onCaptureChange?.(false);
		},
		[onCaptureChange],
	);
}
