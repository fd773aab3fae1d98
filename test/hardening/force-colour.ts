/**
 * Imported FIRST by a suite that tests NO_COLOR, FORCE_COLOR=0 and TERM=dumb: forces colour support on
 * before Ink and chalk load (they read it at import), so plain output is tested against a terminal that
 * could show colours (the test script runs with FORCE_COLOR=0). Restored after the file.
 */
import {afterAll} from 'vitest';

const saved = process.env['FORCE_COLOR'];
process.env['FORCE_COLOR'] = '3';

afterAll(() => {
	if (saved === undefined) {
		delete process.env['FORCE_COLOR'];
	} else {
		process.env['FORCE_COLOR'] = saved;
	}
});
