import type {UserId} from '../../domain/common/ids.js';
import type {SessionIntent} from '../../services/session-service.js';
import type {DisplayMode} from '../app/display.js';

/** Props every screen of the user's side gets from the workspace shell. */
export type UserSideScreenProps = {
	/** The screen has the keyboard (content pane focused, no overlay). */
	readonly isActive: boolean;
	/** The person being looked at; undefined when the scenario has nobody on the user's side. */
	readonly userId: UserId | undefined;
	/** How many people the scenario has (the `[` `]` keys switch between them). */
	readonly peopleCount: number;
	readonly display: DisplayMode;
	readonly width: number;
	readonly height: number;
	/** Plays an intent through the session (the shell catches failures and reports them). */
	readonly play: (intent: SessionIntent) => void;
};
