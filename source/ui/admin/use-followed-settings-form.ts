import {useCallback} from 'react';
import type {MfaServiceSettings} from '../../domain/tenant/service-settings.js';
import {memoryKey, useKeptValue, useRememberedReducer} from '../hooks/use-view-memory.js';
import {changedSections, draftOf, settingsFormReducer, type SettingsFormAction, type SettingsFormState} from './use-service-settings-form.js';

/** The form and the tenant settings its "unsaved" marks were last measured against. */
export type FollowedForm = {readonly form: SettingsFormState; readonly base: MfaServiceSettings};

const isClean = (form: SettingsFormState, settings: MfaServiceSettings): boolean => !Object.values(changedSections(form.draft, settings)).some(Boolean);

const reset = (form: SettingsFormState, settings: MfaServiceSettings): FollowedForm => ({form: settingsFormReducer(form, {type: 'reset', settings}), base: settings});

/**
 * The form as the tenant's settings make it now. Just after a successful save (`saved`) the draft is the
 * tenant's, so "unsaved" marks only what was not saved; when the settings changed elsewhere (undo, reset,
 * a scenario step) a form with nothing unsaved follows them; edits in progress stay. Pure.
 */
export function followSettings(followed: FollowedForm, settings: MfaServiceSettings, saved: boolean): FollowedForm {
	if (saved) {
		return followed.base === settings && isClean(followed.form, settings) && followed.form.edit === undefined ? followed : reset(followed.form, settings);
	}

	if (followed.base === settings) {
		return followed;
	}

	return isClean(followed.form, followed.base) ? reset(followed.form, settings) : {form: followed.form, base: settings};
}

/** A form action with the settings and save outcome of the render it was typed at; no action: only follow them. */
type Step = {readonly action?: SettingsFormAction; readonly settings: MfaServiceSettings; readonly saved: boolean};

function step(followed: FollowedForm, {action, settings, saved}: Step): FollowedForm {
	const current = followSettings(followed, settings, saved);
	return action === undefined ? current : {form: settingsFormReducer(current.form, action), base: current.base};
}

/** An unsaved draft stays while another screen shows (a range being typed is dropped, as Esc would). */
const memory = memoryKey<FollowedForm>('mfa-page.service-settings', (saved) => ({form: {draft: saved.form.draft, cursor: saved.form.cursor}, base: saved.base}));

/**
 * The service settings form over the tenant's settings. Followed while rendering (React's pattern for
 * state that changes with a prop) rather than reset in an effect: an effect runs after the frame is
 * drawn, and a key typed in between would be undone by it. Each action applies to the form as the
 * screen last drew it, with the settings and save outcome of that render. Under a `ViewMemoryProvider`
 * an unsaved draft is still there when the MFA page shows again.
 */
export function useFollowedSettingsForm(settings: MfaServiceSettings, saved: boolean): readonly [SettingsFormState, (action: SettingsFormAction) => void] {
	const [followed, dispatchStep] = useRememberedReducer(memory, step, {form: {draft: draftOf(settings), cursor: 0}, base: settings});
	if (followSettings(followed, settings, saved) !== followed) {
		// Kept, not only shown: the next render (the save's outcome gone, say) starts from it.
		dispatchStep({settings, saved});
	}

	const dispatch = useCallback(
		(action: SettingsFormAction) => {
			dispatchStep({action, settings, saved});
		},
		[settings, saved],
	);
	return [followed.form, dispatch];
}

const sectionNames = {appPasswords: 'app passwords', trustedIps: 'trusted IPs', verification: 'verification options', remember: 'remember multi-factor authentication'} as const;

/**
 * The service settings sections with changes typed on the MFA page but not saved ("trusted IPs", ...), for
 * "Check my fix" and the submit question: they grade the tenant, and a trainee who forgot to press s would
 * think the fix itself was wrong. Empty when nothing is pending (or outside the workspace).
 */
export function useUnsavedServiceSettings(settings: MfaServiceSettings): readonly string[] {
	const kept = useKeptValue(memory);
	if (kept === undefined) {
		return [];
	}

	const changed = changedSections(kept.form.draft, settings);
	return (Object.keys(sectionNames) as Array<keyof typeof sectionNames>).filter((section) => changed[section]).map((section) => sectionNames[section]);
}
