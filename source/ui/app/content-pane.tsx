import type {ReactNode} from 'react';
import {Box} from 'ink';
import type {UserId} from '../../domain/common/ids.js';
import type {TotpPort} from '../../domain/ports.js';
import type {SessionIntent} from '../../services/session-service.js';
import {AskScreen} from '../user-side/ask-screen.js';
import {ClientsScreen} from '../user-side/clients-screen.js';
import {PhoneScreen} from '../user-side/phone-screen.js';
import type {KeyHint} from '../key-bindings.js';
import type {AttemptHint} from './attempt-controls.js';
import type {DisplayMode} from './display.js';
import type {AdminScreenMap} from './placeholder-screen.js';
import type {ScreenId} from './screens.js';
import {TicketScreen, type Ticket} from './ticket-screen.js';

/** Props of ContentPane. */
export type ContentPaneProps = {
	readonly screen: ScreenId;
	readonly adminScreens: AdminScreenMap;
	readonly isActive: boolean;
	readonly ticket: Ticket;
	readonly hintsSlot?: ReactNode;
	readonly debriefSlot?: ReactNode;
	/** The scenario's hints while it is played (the Ticket screen shows the revealed ones). */
	readonly hints?: readonly AttemptHint[] | undefined;
	readonly userId: UserId | undefined;
	readonly peopleCount: number;
	readonly totp: TotpPort;
	readonly play: (intent: SessionIntent) => void;
	/** An admin screen reports that it owns the keyboard (typing a search, a dialog). */
	readonly onCaptureChange: (isCapturing: boolean) => void;
	/** An admin screen reports the key hints of a view opened inside it (`undefined`: its exported ones again). */
	readonly onHintsChange: (hints?: readonly KeyHint[]) => void;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
};

/** The screen on the right, clipped to its box so no screen can make the frame taller than the terminal. */
export function ContentPane(props: ContentPaneProps) {
	const {screen, isActive, display, width, height} = props;
	const side = {isActive, userId: props.userId, peopleCount: props.peopleCount, display, width, height, play: props.play};
	let content: ReactNode;
	switch (screen) {
		case 'ticket': {
			content = <TicketScreen ticket={props.ticket} hints={props.hints} hintsSlot={props.hintsSlot} debriefSlot={props.debriefSlot} isActive={isActive} display={display} width={width} height={height} />;
			break;
		}

		case 'user-phone': {
			content = <PhoneScreen {...side} totp={props.totp} />;
			break;
		}

		case 'user-clients': {
			content = <ClientsScreen {...side} />;
			break;
		}

		case 'ask-user': {
			content = <AskScreen {...side} />;
			break;
		}

		default: {
			const {Screen} = props.adminScreens[screen];
			content = <Screen isActive={isActive} width={width} height={height} onCaptureChange={props.onCaptureChange} onHintsChange={props.onHintsChange} />;
		}
	}

	return (
		<Box flexDirection="column" width={width} height={height} overflowY="hidden">
			{content}
		</Box>
	);
}
