import {useCallback} from 'react';
import {Box} from 'ink';
import type {KeyHint} from '../components/key-hint.js';
import {cycleTab, TabBar} from '../components/tab-bar.js';
import {useScreenHeight, useScreenWidth} from '../components/use-terminal-rows.js';
import {ToneText} from '../components/tone-text.js';
import {theme} from '../theme.js';
import {mfaUsersTabKeyHints} from './mfa-page-hints.js';
import {MfaUsersTab} from './mfa-users-tab.js';
import type {AdminScreenProps} from './screen-props.js';
import {ServiceSettingsTab} from './service-settings-tab.js';
import {KeyLayerHost} from '../components/key-layers.js';
import {memoryKey, useRememberedState} from '../hooks/use-view-memory.js';

/** The multi-factor authentication page's own keys, for the shell's footer and help overlay: the users tab's (the service settings tab reports its own while it shows). */
export const mfaPageKeyHints: readonly KeyHint[] = mfaUsersTabKeyHints;

const tabs = ['users', 'service settings'] as const;

/** The tab shown stays while another screen shows. */
const tabMemory = memoryKey<number>('mfa-page.tab');

function MfaPageScreenContent({isActive, height, width, onCaptureChange, onHintsChange}: AdminScreenProps) {
	const screenHeight = useScreenHeight(height);
	const contentWidth = useScreenWidth(width);
	const [tab, setTab] = useRememberedState(tabMemory, 0);
	const switchTab = useCallback((direction: 1 | -1) => {
		setTab((current) => cycleTab(current, tabs.length, direction));
	}, []);
	const bodyHeight = screenHeight - 1;
	return (
		<Box flexDirection="column">
			<Box columnGap={2}>
				<ToneText bold tone={theme.text.heading}>
					multi-factor authentication
				</ToneText>
				<TabBar tabs={tabs} active={tab} />
			</Box>
			<Box display={tab === 0 ? 'flex' : 'none'} flexDirection="column">
				<MfaUsersTab isActive={isActive && tab === 0} height={bodyHeight} width={contentWidth} onSwitchTab={switchTab} onCaptureChange={tab === 0 ? onCaptureChange : undefined} />
			</Box>
			<Box display={tab === 1 ? 'flex' : 'none'} flexDirection="column">
				<ServiceSettingsTab isActive={isActive && tab === 1} height={bodyHeight} width={contentWidth} onSwitchTab={switchTab} onCaptureChange={tab === 1 ? onCaptureChange : undefined} onHintsChange={tab === 1 ? onHintsChange : undefined} />
			</Box>
		</Box>
	);
}

/**
 * The legacy "multi-factor authentication" page with its two tabs, users and service settings
 * (fact sheet 8.1). ←→ switch tabs; both tabs stay mounted, so a selection or an unsaved draft
 * survives switching.
 * Keys reach its widgets through one KeyLayerHost.
 */
export function MfaPageScreen(props: AdminScreenProps) {
	return (
		<KeyLayerHost>
			<MfaPageScreenContent {...props} />
		</KeyLayerHost>
	);
}
