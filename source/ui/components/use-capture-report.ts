import {useEffect} from 'react';

/**
 * Reports a widget's "I own the keyboard" flag to its host whenever it changes (and `false` on
 * unmount), so the host can pause global single-key bindings while the user types.
 */
export function useCaptureReport(isCapturing: boolean, onCaptureChange: ((isCapturing: boolean) => void) | undefined): void {
	useEffect(() => {
		onCaptureChange?.(isCapturing);
	}, [isCapturing, onCaptureChange]);
	useEffect(
		() => () => {
			onCaptureChange?.(false);
		},
		[onCaptureChange],
	);
}
