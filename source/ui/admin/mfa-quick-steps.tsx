import {Box, Text} from 'ink';
import type {AdminTask} from '../../domain/admin/permissions.js';
import type {PerUserMfaState, User} from '../../domain/tenant/user.js';
import type {Command} from '../components/command-bar.js';
import {ToneText} from '../components/tone-text.js';
import {theme} from '../theme.js';
import type {CommandSpec} from './command-dialog.js';

/** Which quick step a key opens. */
export type QuickStep = 'enable' | 'enforce' | 'disable' | 'manage';

/** Quick step keys, in the order the legacy page lists them. */
export const quickStepKeys: Readonly<Record<string, QuickStep>> = {e: 'enable', n: 'enforce', d: 'disable', m: 'manage'};

const manageTasks: readonly AdminTask[] = ['require-contact-methods-again', 'delete-app-passwords', 'restore-remembered-devices'];

/** The quick steps bar: greyed where the trainee's role can't act on every target. */
export function quickStepCommands(targets: readonly User[], allows: (task: AdminTask, target?: User) => boolean): readonly Command[] {
	const allowsAll = (task: AdminTask) => (targets.length === 0 ? allows(task) : targets.every((target) => allows(task, target)));
	const perUser = allowsAll('per-user-mfa');
	return [
		{keys: 'e', label: 'Enable', allowed: perUser},
		{keys: 'n', label: 'Enforce', allowed: perUser},
		{keys: 'd', label: 'Disable', allowed: perUser},
		{keys: 'm', label: 'Manage user settings', allowed: manageTasks.some((task) => allowsAll(task))},
	];
}

function Targets({targets}: {readonly targets: readonly User[]}) {
	const names = targets.slice(0, 3).map((user) => user.displayName);
	const more = targets.length > 3 ? ` and ${targets.length - 3} more` : '';
	return (
		<ToneText tone={theme.text.muted}>
			Selected: {names.join(', ')}
			{more}
		</ToneText>
	);
}

/**
 * The confirmation of Enable, Enforce or Disable. Enable uses the legacy page's wording (fact
 * sheet 2.2: "About enabling multi-factor auth" -> "enable multi-factor auth"); the Enforce and
 * Disable texts are written in the same style (invented wording) with the effects of fact sheet 7.3.
 */
export function setMfaStateSpec(state: PerUserMfaState, targets: readonly User[]): CommandSpec {
	const intents = [{type: 'set-per-user-mfa', userIds: targets.map((user) => user.id), state} as const];
	switch (state) {
		case 'enabled': {
			return {
				title: 'About enabling multi-factor auth',
				confirmLabel: 'enable multi-factor auth',
				intents,
				body: (
					<Box flexDirection="column">
						<Text>Please read the deployment guide if you haven&apos;t already.</Text>
						<Text>If your users do not regularly sign in through the browser, you can send them to this link to register for multi-factor auth: https://aka.ms/MFASetup</Text>
						<Targets targets={targets} />
					</Box>
				),
			};
		}

		case 'enforced': {
			return {
				title: 'About enforcing multi-factor auth',
				confirmLabel: 'enforce multi-factor auth',
				tone: 'danger',
				intents,
				body: (
					<Box flexDirection="column">
						<Text>Enforced users must use multi-factor auth at every sign-in, and non-browser apps that don&apos;t support modern authentication need app passwords.</Text>
						<ToneText tone={theme.status.warn}>Enforce only users who have already registered, or when interrupting their legacy connections is acceptable.</ToneText>
						<Targets targets={targets} />
					</Box>
				),
			};
		}

		case 'disabled': {
			return {
				title: 'Disable multi-factor authentication?',
				confirmLabel: 'yes',
				cancelLabel: 'no',
				tone: 'danger',
				intents,
				body: (
					<Box flexDirection="column">
						<Text>Are you sure you want to disable multi-factor auth for the selected users? Registered methods are kept.</Text>
						<Targets targets={targets} />
					</Box>
				),
			};
		}
	}
}
