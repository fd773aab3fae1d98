import {validateTrustedIpRange} from '../domain/admin/cidr.js';
import type {IssuePath} from './issues.js';
import {methodIdsOf} from './method-ids.js';
import {personOf, type PersonData} from './resolve-person.js';
import type {GoalPredicate} from './schema/goal-schema.js';
import type {Scenario} from './schema/scenario-schema.js';
import type {Step} from './schema/step-schema.js';
import type {TenantFixture} from './schema/tenant-fixture-schema.js';
import type {UserInput} from './schema/user-schema.js';
import {suggest} from './suggest.js';
import {checkHistory} from './history/history-checks.js';
import {checkTenantData, type Report} from './tenant-checks.js';
import {parseInstant} from '../domain/common/time.js';

/** How messages name an `ask:` step's parts: history writes the person as `user:` and calls steps events. */
export type StepNaming = {readonly person: string; readonly earlier: string};

const stepNaming: StepNaming = {person: 'ask', earlier: 'step'};

type Index = {
	readonly users: ReadonlyMap<string, UserInput>;
	readonly people: ReadonlyMap<string, PersonData>;
	readonly networks: readonly string[];
};

function indexOf(merged: TenantFixture): Index {
	return {
		users: new Map(merged.users.map((user) => [user.id, user])),
		people: new Map(merged.users.map((user) => [user.id, personOf(merged, user)])),
		networks: Object.keys(merged.networks),
	};
}

/** Maps a fixture-shaped path of the merged tenant to where the scenario changed it. */
function scenarioPath(path: IssuePath, merged: TenantFixture, baseCount: number): IssuePath {
	const [head, second, ...rest] = path;
	if (head === 'users' && typeof second === 'number') {
		return second >= baseCount ? ['tenant', 'addUsers', second - baseCount, ...rest] : ['tenant', 'users', merged.users[second]?.id ?? second, ...rest];
	}

	return ['tenant', ...path];
}

/** Reference checks for one scenario (already substituted with one variable assignment) against its merged tenant. */
export function checkScenario(scenario: Scenario, fixture: TenantFixture, merged: TenantFixture, report: Report): void {
	const index = indexOf(merged);
	checkOverrides(scenario, fixture, report);
	checkTenantData(merged, (path, message) => report(scenarioPath(path, merged, fixture.users.length), message), parseInstant(scenario.startsAt));

	const user = (path: IssuePath, id: string): UserInput | undefined => {
		const found = index.users.get(id);
		if (!found && !id.includes('${')) {
			report(path, `unknown user "${id}"${suggest(id, [...index.users.keys()])}`);
		}

		return found;
	};

	const client = (path: IssuePath, userId: string, id: string): void => {
		const person = index.people.get(userId);
		if (person && !id.includes('${') && !person.clients.some((each) => each.id === id)) {
			report(path, `unknown client "${id}" for ${userId}${suggest(id, person.clients.map((each) => each.id))}`);
		}
	};

	const network = (path: IssuePath, id: string | undefined): void => {
		if (id !== undefined && !id.includes('${') && !index.networks.includes(id)) {
			report(path, `unknown network "${id}"${suggest(id, index.networks)}`);
		}
	};

	const goal = (predicate: GoalPredicate, path: IssuePath): void => {
		if ('all' in predicate || 'any' in predicate) {
			const list = 'all' in predicate ? predicate.all : predicate.any;
			const key = 'all' in predicate ? 'all' : 'any';
			for (const [position, each] of list.entries()) {
				goal(each, [...path, key, position]);
			}

			return;
		}

		if ('not' in predicate) {
			goal(predicate.not, [...path, 'not']);
			return;
		}

		if ('signIn' in predicate) {
			const at = [...path, 'signIn'];
			if (user([...at, 'user'], predicate.signIn.user)) {
				client([...at, 'client'], predicate.signIn.user, predicate.signIn.client);
			}

			network([...at, 'network'], predicate.signIn.network);
			return;
		}

		for (const [key, body] of Object.entries(predicate)) {
			const id = (body as {readonly user?: unknown}).user;
			if (typeof id === 'string') {
				user([...path, key, 'user'], id);
			}
		}
	};

	const steps = (list: readonly Step[], at: IssuePath): void => {
		const created = new Set<string>(createdInHistory);
		for (const [position, step] of list.entries()) {
			const path = [...at, position];
			if ('check' in step) {
				goal(step.check, [...path, 'check']);
			} else if ('admin' in step) {
				adminStep(step, path);
			} else if ('ask' in step) {
				askStep(step, path, created);
			}
		}
	};

	const adminStep = (step: Extract<Step, {admin: string}>, path: IssuePath): void => {
		if ('users' in step) {
			for (const [position, id] of step.users.entries()) {
				user([...path, 'users', position], id);
			}
		}

		const target = 'user' in step ? user([...path, 'user'], step.user) : undefined;
		if (target && step.admin === 'delete-method') {
			const ids = methodIdsOf(target);
			const all = [...ids.authenticatorApps, ...ids.softwareTokens, ...ids.hardwareTokens];
			if (!all.includes(step.method) && !step.method.includes('${')) {
				report([...path, 'method'], `${target.id} has no authenticator app or OATH token "${step.method}"${suggest(step.method, all)}`);
			}
		}

		if (target && step.admin === 'activate-hardware-token') {
			hardwareToken([...path, 'token'], target, step.token);
		}

		if (step.admin === 'set-trusted-ips') {
			for (const [position, range] of step.ranges.entries()) {
				const refused = range.includes('${') ? undefined : validateTrustedIpRange(range);
				if (refused?.code === 'settings/invalid-cidr') {
					report([...path, 'ranges', position], `bad CIDR: ${refused.message}`);
				}
			}
		}
	};

	const hardwareToken = (path: IssuePath, target: UserInput, id: string): void => {
		const ids = methodIdsOf(target).hardwareTokens;
		if (!ids.includes(id) && !id.includes('${')) {
			report(path, `${target.id} has no hardware token "${id}"${suggest(id, ids)}`);
		}
	};

	const askStep = (step: Extract<Step, {ask: string}>, path: IssuePath, created: Set<string>, naming: StepNaming = stepNaming): void => {
		const target = user([...path, naming.person], step.ask);
		if (!target) {
			return;
		}

		if ('client' in step) {
			client([...path, 'client'], target.id, step.client);
		}

		if (step.to === 'create-app-password') {
			created.add(`${target.id}\n${step.name}`);
		}

		if (step.to === 'use-app-password-in-client' || step.to === 'delete-app-password') {
			const exists = (target.appPasswords ?? []).some((each) => each.name === step.appPassword) || created.has(`${target.id}\n${step.appPassword}`);
			if (!exists && !step.appPassword.includes('${')) {
				const names = [...(target.appPasswords ?? []).map((each) => each.name), ...[...created].filter((key) => key.startsWith(`${target.id}\n`)).map((key) => key.slice(target.id.length + 1))];
				report([...path, 'appPassword'], `${target.id} has no app password named "${step.appPassword}" (and no earlier ${naming.earlier} creates one)${suggest(step.appPassword, names)}`);
			}
		}

		if (step.to === 'activate-hardware-token') {
			hardwareToken([...path, 'token'], target, step.token);
		}

		if (step.to === 'move-to-network') {
			network([...path, 'network'], step.network);
		}
	};

	const createdInHistory = checkHistory(scenario, merged, {user, users: index.users, client, network, adminStep, askStep}, report);
	const actor = user(['actor', 'user'], scenario.actor.user);
	if (actor && (scenario.actor.roles ?? actor.roles ?? []).length === 0) {
		report(['actor'], `${actor.id} holds no admin role: give actor.roles (e.g. [helpdesk-administrator])`);
	}

	user(['ticket', 'from'], scenario.ticket.from);
	goal(scenario.goal, ['goal']);
	for (const [position, flag] of (scenario.redFlags ?? []).entries()) {
		if ('action' in flag.when) {
			if (flag.when.user !== undefined) {
				user(['redFlags', position, 'when', 'user'], flag.when.user);
			}
		} else {
			goal(flag.when, ['redFlags', position, 'when']);
		}
	}

	for (const [key, list] of [['solutions', scenario.solutions], ['wrongRemedies', scenario.wrongRemedies ?? []]] as const) {
		for (const [position, entry] of list.entries()) {
			steps(entry.steps, [key, position, 'steps']);
		}
	}
}

function checkOverrides(scenario: Scenario, fixture: TenantFixture, report: Report): void {
	const ids = fixture.users.map((each) => each.id);
	for (const id of Object.keys(scenario.tenant.users ?? {})) {
		if (!ids.includes(id) && !id.includes('${')) {
			report(['tenant', 'users', id], `unknown user "${id}" in ${fixture.id} (tenant.users patches existing users; add new ones with tenant.addUsers)${suggest(id, ids)}`);
		}
	}

	for (const [position, added] of (scenario.tenant.addUsers ?? []).entries()) {
		if (ids.includes(added.id)) {
			report(['tenant', 'addUsers', position, 'id'], `user "${added.id}" already exists in ${fixture.id}: patch it under tenant.users instead`);
		}
	}
}

/** Checks that names are unique among solutions and wrong remedies, red flag ids are unique, and (for built-ins) that red flags have ids and the remedy count. */
export function checkScenarioShape(scenario: Scenario, report: Report, options: {readonly builtIn?: boolean | undefined}): void {
	const seen = new Set<string>();
	for (const [key, list] of [['solutions', scenario.solutions], ['wrongRemedies', scenario.wrongRemedies ?? []]] as const) {
		for (const [position, entry] of list.entries()) {
			if (seen.has(entry.name)) {
				report([key, position, 'name'], `duplicate name "${entry.name}": solutions and wrong remedies need distinct names`);
			}

			seen.add(entry.name);
		}
	}

	const flagIds = new Map<string, number>();
	for (const [position, flag] of (scenario.redFlags ?? []).entries()) {
		const earlier = flag.id === undefined ? undefined : flagIds.get(flag.id);
		if (flag.id !== undefined && earlier !== undefined) {
			report(['redFlags', position, 'id'], `duplicate red flag id "${flag.id}": redFlags[${earlier}] already uses it (ids must be unique in the file)`);
		} else if (flag.id !== undefined) {
			flagIds.set(flag.id, position);
		} else if (options.builtIn) {
			report(['redFlags', position], 'a built-in red flag needs an id (kebab-case, e.g. id: mfa-lowered): reports count flags by id, and one derived from the position changes when flags move');
		}
	}

	if (options.builtIn && (scenario.wrongRemedies ?? []).length < 2) {
		report(['wrongRemedies'], `a built-in scenario needs at least 2 wrong remedies, found ${(scenario.wrongRemedies ?? []).length}`);
	}
}
