/**
 * A step's words name what it acted on as it was before the turn: a deleted method by its device, which the
 * state after the turn no longer holds.
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {createRunPorts} from '../../source/commands/real-deps.js';
import {runScenario} from '../../source/services/scenario-run-service.js';
import {loadScenarioFiles} from '../../source/services/scenario-source-service.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const ports = createRunPorts({cost: {memoryCost: 1024, timeCost: 1, parallelism: 1}});

describe('runScenario step words', () => {
	test('a deleted authenticator is named by its device, not by its id', async () => {
		// Given lost-phone-stolen, whose legacy solution deletes Ben's stolen Authenticator registration (app-1)
		const loaded = await loadScenarioFiles([path.join(fixtures, 'scenarios', 'lost-phone-stolen.yaml')], fixtures);
		const scenario = loaded.scenarios[0]!;

		// When that solution is played
		const report = await runScenario(scenario, {kind: 'solution', name: 'Legacy Manage user settings plus deleting the stolen device'}, {seed: 1, ports});

		// Then the delete step says which device went, as the trainer saw it before the delete
		const deleted = report.steps.find((step) => step.step.includes('delete-method'))!;
		expect(deleted.text).toBe("Delete Microsoft Authenticator on Pixel 7a from Ben Carter's methods");
		expect(deleted.text).not.toContain('app-1');
	});
});
