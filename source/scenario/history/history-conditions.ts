import type {UserId, ClientId} from '../../domain/common/ids.js';
import type {SimState} from '../../domain/state/sim-state.js';
import type {Phone} from '../../domain/world/phone.js';
import {findClient, findPerson, withClient, withPerson, type Person} from '../../domain/world/world.js';
import type {SignInConditions} from './history-input.js';

/** The phone switches a history attempt may set for its moment. */
const phoneSwitches = ['poweredOn', 'hasSignal', 'hasData', 'doNotDisturb', 'smsBlocker', 'blocksMicrosoftCaller', 'callsGoToVoicemail'] as const satisfies ReadonlyArray<keyof Phone>;

/** The state with the moment's conditions in place, and how to put the person back as they are outside it. */
export type ConditionedState = {
	readonly state: SimState;
	/** Restores what the conditions changed, keeping everything the attempt itself did (phone log, sessions, cookies). */
	readonly restore: (after: SimState) => SimState;
};

function switched(phone: Phone, conditions: NonNullable<SignInConditions['phone']>): Phone {
	let next = phone;
	for (const key of phoneSwitches) {
		const value = conditions[key];
		if (value !== undefined) {
			next = {...next, [key]: value};
		}
	}

	return next;
}

function restorePhone(now: Phone | undefined, before: Phone | undefined): Phone | undefined {
	if (now === undefined || before === undefined) {
		return now;
	}

	let next = now;
	for (const key of phoneSwitches) {
		next = next[key] === before[key] ? next : {...next, [key]: before[key]};
	}

	return next;
}

/**
 * Applies a history attempt's conditions for its moment only: the network it came from (on the client), what
 * the person did with a push or a call, and the phone's switches. The evaluation then runs unchanged, so the row
 * it logs says what the engine says for such a moment; afterwards the person is as the scenario describes them.
 */
export function withConditions(state: SimState, userId: UserId, clientId: ClientId, conditions: SignInConditions): ConditionedState {
	const person = findPerson(state.world, userId);
	if (person === undefined) {
		return {state, restore: (after) => after};
	}

	let patched: Person = person;
	if (conditions.push !== undefined || conditions.pressesHash !== undefined) {
		patched = {...patched, behaviour: {...patched.behaviour, pushResponse: conditions.push ?? patched.behaviour.pushResponse, pressesHash: conditions.pressesHash ?? patched.behaviour.pressesHash}};
	}

	if (conditions.phone !== undefined && patched.phone !== undefined) {
		patched = {...patched, phone: switched(patched.phone, conditions.phone)};
	}

	const client = findClient(person, clientId);
	if (conditions.network !== undefined && client !== undefined) {
		patched = withClient(patched, {...client, network: conditions.network});
	}

	const restore = (after: SimState): SimState => {
		const now = findPerson(after.world, userId);
		if (now === undefined) {
			return after;
		}

		let back: Person = {...now, behaviour: person.behaviour};
		const phone = restorePhone(now.phone, person.phone);
		back = phone === undefined ? back : {...back, phone};
		const used = findClient(back, clientId);
		if (conditions.network !== undefined && used !== undefined && client !== undefined) {
			const {network: _moment, ...rest} = used;
			back = withClient(back, client.network === undefined ? rest : {...rest, network: client.network});
		}

		return {...after, world: withPerson(after.world, back)};
	};

	return {state: {...state, world: withPerson(state.world, patched)}, restore};
}
