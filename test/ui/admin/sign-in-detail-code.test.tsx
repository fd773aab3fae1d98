/**
 * Basic info's "Sign-in error code": Entra's 0 on a success, the AADSTS number on a failure, and the "none" glyph on
 * a failure Exchange refused before Entra saw it (Basic auth retired): never "0", which reads as a success.
 */
import path from 'node:path';
import {Box} from 'ink';
import {beforeAll, describe, expect, it} from 'vitest';
import {createRunPorts} from '../../../source/commands/real-deps.js';
import type {SignInLogEntry} from '../../../source/domain/state/logs.js';
import {buildInitialState} from '../../../source/scenario/build-initial-state.js';
import {loadCatalogue} from '../../../source/services/scenario-source-service.js';
import {detailBlocks} from '../../../source/ui/admin/sign-in-detail.js';
import {richDisplay, type DisplayMode} from '../../../source/ui/app/display.js';
import {DisplayProvider} from '../../../source/ui/contexts/display-context.js';
import {renderText} from './admin-fixture.js';

async function historyOf(id: string): Promise<readonly SignInLogEntry[]> {
	const {scenarios} = await loadCatalogue({fixturesDir: path.resolve('fixtures')});
	const loaded = scenarios.find((each) => each.scenario.id === id)!;
	return buildInitialState(loaded.scenario, loaded.fixture, createRunPorts().randomFor('1')).state.signInLog;
}

const codeLine = (entry: SignInLogEntry, display: DisplayMode = richDisplay): string | undefined =>
	renderText(
		<DisplayProvider display={display}>
			<Box flexDirection="column">{detailBlocks(entry, 0, {display})}</Box>
		</DisplayProvider>,
	)
		.split('\n')
		.find((line) => line.startsWith('Sign-in error code'));

let history: readonly SignInLogEntry[] = [];
beforeAll(async () => {
	history = await historyOf('outlook-2013-prompts');
});

describe('the sign-in error code on Basic info', () => {
	it('shows the none glyph, not 0, on a failure Exchange refused (Outlook 2013 with Basic auth)', () => {
		const refused = history.find((entry) => entry.status === 'Failure' && entry.errorCode === 0);
		expect(refused?.failureReason).toContain('Exchange Online refused Basic authentication');
		expect(codeLine(refused!)).toMatch(/^Sign-in error code\s+—$/);
		expect(codeLine(refused!, {color: false, unicode: false})).toMatch(/^Sign-in error code\s+-$/);
	});

	it('keeps 0 on a success and the AADSTS number on an Entra failure', () => {
		const sample = history[0]!;
		expect(codeLine({...sample, status: 'Success', errorCode: 0})).toMatch(/^Sign-in error code\s+0$/);
		expect(codeLine({...sample, status: 'Failure', errorCode: 500121})).toMatch(/^Sign-in error code\s+500121$/);
	});
});
