import type {Step} from '../schema/step-schema.js';

function value(item: unknown): string {
	if (Array.isArray(item)) {
		return item.map(value).join(',');
	}

	return typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item);
}

function fields(rest: Readonly<Record<string, unknown>>): string {
	return Object.entries(rest)
		.filter(([key, item]) => key !== 'note' && item !== undefined)
		.map(([key, item]) => ` ${key}=${value(item)}`)
		.join('');
}

/**
 * A step in one line, for reports and the debrief: `admin set-per-user-mfa users=priya state=enforced`,
 * `ask priya to sign-in client=browser`, `wait 5m`, `check {"perUserMfa":...}`, `escalate to tier-2: ...`.
 */
export function describeStep(step: Step): string {
	if ('admin' in step) {
		const {admin, ...rest} = step;
		return `admin ${admin}${fields(rest)}`;
	}

	if ('ask' in step) {
		const {ask, to, ...rest} = step;
		return `ask ${ask} to ${to}${fields(rest)}`;
	}

	if ('check' in step) {
		return `check ${JSON.stringify(step.check)}`;
	}

	if ('escalate' in step) {
		return `escalate to ${step.escalate}: ${step.reason}`;
	}

	return `wait ${step.wait}`;
}
