import {useState, type ReactNode} from 'react';
import {Box, Text} from 'ink';
import type {TotpPort} from '../../domain/ports.js';
import type {Phone} from '../../domain/world/phone.js';
import {findUser} from '../../domain/tenant/tenant.js';
import {findPerson, type Person} from '../../domain/world/world.js';
import {useSessionView} from '../contexts/session-context.js';
import {useKeyIntents} from '../hooks/use-key-intents.js';
import {glyphsFor, paint, truncate, type DisplayMode} from '../app/display.js';
import {formatTime, formatTimeWithSeconds} from '../app/text.js';
import {DeskPhoneLines, shareLogRows} from './desk-phone.js';
import {accountCode, eventText, messagesAndCalls, phoneClock, pushPrompts, settingRows, tokenCode, type LiveCode} from './phone-facts.js';
import {ScreenTitle} from './screen-title.js';
import type {UserSideScreenProps} from './user-side-props.js';

/** Props of PhoneScreen: the shell's user-side props plus the TOTP port that draws live codes. */
export type PhoneScreenProps = UserSideScreenProps & {
	readonly totp: TotpPort;
};

const labelWidth = 15;

function codeText(code: LiveCode | undefined): string {
	return code === undefined ? '--- ---' : `${code.code.slice(0, 3)} ${code.code.slice(3)}`;
}

type Line = {readonly key: string; readonly node: ReactNode};

/** The lines of the Authenticator section: one per account (live code), key fobs, then the latest push prompts. */
function authenticatorLines(phone: Phone, person: Person, totp: TotpPort, now: number, width: number, display: DisplayMode): Line[] {
	const lines: Line[] = [];
	const app = phone.authenticator;
	if (app.installed) {
		if (app.accounts.length === 0) {
			lines.push({key: 'no-accounts', node: <Text {...paint(display, 'muted')}>  No accounts added</Text>});
		}

		for (const [index, account] of app.accounts.entries()) {
			const code = accountCode(totp, phone, account, now);
			const state = account.activated ? `${code?.secondsLeft ?? 0} s left` : 'not activated';
			lines.push({
				key: `account-${index}`,
				node: (
					<Text>
						{'  '}
						{truncate(account.label, 22, display).padEnd(22)} <Text bold>{codeText(code)}</Text>{'  '}
						<Text {...paint(display, account.activated ? 'muted' : 'warn')}>{state}</Text>
					</Text>
				),
			});
		}
	}

	for (const [index, token] of person.tokens.entries()) {
		const code = tokenCode(totp, token, now);
		lines.push({
			key: `token-${index}`,
			node: (
				<Text>
					{'  '}
					{truncate(`Key fob ${token.serialNumber}`, 22, display).padEnd(22)} <Text bold>{codeText(code)}</Text>
					<Text {...paint(display, 'muted')}>{`  ${code?.secondsLeft ?? 0} s left (${token.periodSeconds} s)`}</Text>
				</Text>
			),
		});
	}

	for (const [index, push] of pushPrompts(phone).slice(-2).entries()) {
		lines.push({
			key: `push-${index}`,
			node: <Text>{truncate(`  ${formatTime(push.at)} ${eventText(push)}`, width, display)}</Text>,
		});
	}

	return lines;
}

/**
 * The person's phone: its settings as they would read them off the screen, the Authenticator app
 * with live codes (at the phone's own clock, so a phone that is 5 minutes fast shows the code
 * for 5 minutes from now) and push prompts with their number, the texts and calls received, and the
 * calls to their desk phone when they have one. The only screen that shows verification codes;
 * seeds are never shown.
 */
export function PhoneScreen({isActive, userId, peopleCount, display, width, height, totp}: PhoneScreenProps) {
	const {state} = useSessionView();
	const [showOld, setShowOld] = useState(false);
	useKeyIntents(
		['user-side'],
		(intent) => {
			if (intent === 'phone.toggle-old') {
				setShowOld((value) => !value);
			}
		},
		{isActive},
	);
	const person = userId === undefined ? undefined : findPerson(state.world, userId);
	const name = userId === undefined ? 'Nobody' : findUser(state.tenant, userId)?.displayName ?? userId;
	const phone = showOld && person?.oldPhone !== undefined ? person.oldPhone : person?.phone;
	const muted = paint(display, 'muted');
	const desk = person?.deskPhone;
	if (person === undefined || phone === undefined) {
		return (
			<Box flexDirection="column" width={width} height={height} overflow="hidden">
				<ScreenTitle title={`${name}'s phone`} peopleCount={peopleCount} display={display} width={width} />
				<Text {...muted}>{person === undefined ? 'There is nobody on the user\'s side in this scenario.' : `${name} has no mobile phone with them.`}</Text>
				{person === undefined || desk === undefined ? null : <DeskPhoneLines person={person} desk={desk} logRows={Math.max(1, height - 3)} display={display} width={width} />}
			</Box>
		);
	}

	const which = phone === person.oldPhone ? 'old phone' : 'phone';
	const dot = glyphsFor(display).dot;
	const oldHint = person.oldPhone === undefined ? '' : ` ${dot} o: ${showOld ? 'phone in hand' : 'old phone'}`;
	const detail = `${phone.number} ${dot} shows ${formatTimeWithSeconds(phoneClock(phone, state.now))}${oldHint}`;
	const settings = settingRows(phone, person.behaviour);
	const auth = authenticatorLines(phone, person, totp, state.now, width, display);
	const log = messagesAndCalls(phone);
	const used = 1 + settings.length + (auth.length > 0 ? 1 + auth.length : 0) + 1;
	const rows = shareLogRows(height - used, log.length, desk);
	const shownLog = log.slice(-rows.phone);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<ScreenTitle title={`${name}'s ${which}`} detail={detail} peopleCount={peopleCount} display={display} width={width} />
			{settings.map((row) => (
				<Text key={row.label}>
					{row.label.padEnd(labelWidth)}
					<Text {...paint(display, row.unusual ? 'warn' : undefined)}>{truncate(row.value, Math.max(1, width - labelWidth), display)}</Text>
				</Text>
			))}
			{auth.length > 0 ? (
				<>
					<Text bold>Authenticator</Text>
					{auth.map((line) => (
						<Box key={line.key}>{line.node}</Box>
					))}
				</>
			) : null}
			<Text bold>
				Messages and calls{log.length > shownLog.length ? <Text {...muted}>{` (last ${shownLog.length} of ${log.length})`}</Text> : null}
			</Text>
			{shownLog.length === 0 ? <Text {...muted}>  No texts or calls yet.</Text> : null}
			{shownLog.map((event, index) => (
				<Text key={`log-${log.length - shownLog.length + index}`}>{truncate(`  ${formatTime(event.at)} ${eventText(event)}`, width, display)}</Text>
			))}
			{desk === undefined ? null : <DeskPhoneLines person={person} desk={desk} logRows={rows.desk} display={display} width={width} />}
		</Box>
	);
}
