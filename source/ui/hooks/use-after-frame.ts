import {useCallback, useEffect, useRef, useState} from 'react';

/**
 * Returns a function that runs `action` once the render it causes is committed, e.g. leaving after
 * a closed dialog has been drawn away, so the terminal is not left showing the dialog. Each call
 * runs the latest `action` once.
 */
export function useAfterFrame(action: () => void): () => void {
	const [requests, setRequests] = useState(0);
	const latest = useRef(action);
	latest.current = action;
	useEffect(() => {
		if (requests > 0) {
			latest.current();
		}
	}, [requests]);
	return useCallback(() => {
		setRequests((count) => count + 1);
	}, []);
}
