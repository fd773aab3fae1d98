/**
 * The palette's matcher over the real command list of a built-in scenario (the contoso-small tenant, a few
 * hundred commands): every word typed must start a word of the command, exact words and earlier words first.
 */
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {createRunPorts} from '../../../source/commands/real-deps.js';
import {buildInitialState} from '../../../source/scenario/build-initial-state.js';
import {loadCatalogue} from '../../../source/services/scenario-source-service.js';
import {attemptCommands, authenticatorCommands, paletteCommands, type PaletteEntry} from '../../../source/ui/app/palette-commands.js';
import {matchCommands, wordsOf} from '../../../source/ui/app/palette-match.js';

let commands: readonly PaletteEntry[] = [];
const labels = (query: string) => matchCommands(commands, query).map((command) => command.label);

beforeAll(async () => {
	const {scenarios} = await loadCatalogue({fixturesDir: path.resolve('fixtures')});
	const loaded = scenarios.find((each) => each.scenario.id === 'escalate-enable-mfa-helpdesk')!;
	const {state} = buildInitialState(loaded.scenario, loaded.fixture, createRunPorts().randomFor('1'));
	commands = [...attemptCommands, ...authenticatorCommands(false), ...paletteCommands(state)];
});

describe('palette matching over the real command list', () => {
	it('finds the escalations for "escal", and nothing about SMTP', () => {
		expect(commands.length).toBeGreaterThan(400);
		const found = labels('escal');
		// 19 targets less the trainee's own Helpdesk Administrator role.
		expect(found).toHaveLength(18);
		expect(found).not.toContain('Escalate the ticket to a Helpdesk Administrator...');
		expect(found[0]).toBe('Escalate the ticket to tier 2 (the second-line team)...');
		expect(found.every((label) => label.startsWith('Escalate the ticket to '))).toBe(true);
	});

	it('finds only the commands that name Fatima for "fatima"', () => {
		const found = labels('fatima');
		expect(found.length).toBeGreaterThan(10);
		expect(found.length).toBeLessThan(80);
		expect(found.every((label) => label.includes('Fatima'))).toBe(true);
	});

	it('ranks the command whose words all match first: "enable noah", "escalate authentication admin"', () => {
		expect(labels('enable noah')).toEqual(['Enable multi-factor authentication for Noah Bennett']);
		expect(labels('escalate authentication admin')[0]).toBe('Escalate the ticket to an Authentication Administrator...');
		expect(labels('wait')).toEqual(['Wait 5 minutes', 'Wait 1 hour']);
	});

	it('ranks exact words before prefixes of longer ones', () => {
		const items = [
			{label: 'Turn Exchange Online modern authentication on', group: 'Admin'},
			{label: 'Turn SMTP AUTH on for the whole organisation', group: 'Admin'},
		];
		// "on" is a whole word of both; "auth" is a whole word of the second only.
		expect(matchCommands(items, 'auth on').map((item) => item.label)).toEqual([items[1]!.label, items[0]!.label]);
	});

	it('matches the group too, after matches in the label', () => {
		const items = [
			{label: 'Wait 5 minutes', group: 'Clock'},
			{label: 'Clock skew: ask about the phone time', group: 'Ask'},
		];
		expect(matchCommands(items, 'clock').map((item) => item.label)).toEqual(['Clock skew: ask about the phone time', 'Wait 5 minutes']);
	});

	it('falls back to substrings only when no command matches at word starts', () => {
		const items = [{label: 'Set EnableADAL=1 in the registry', group: 'Ask'}];
		expect(matchCommands(items, 'adal').map((item) => item.label)).toEqual(['Set EnableADAL=1 in the registry']);
		expect(matchCommands(items, 'enable')).toHaveLength(1);
		expect(matchCommands(items, 'qz')).toEqual([]);
	});

	it('lists everything for a blank query, and splits words as the labels do', () => {
		expect(matchCommands(commands, '  ')).toBe(commands);
		expect(wordsOf("Set Noah Bennett's sign-in method")).toEqual(['set', 'noah', 'bennett', 's', 'sign', 'in', 'method']);
	});
});
