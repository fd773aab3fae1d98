import {Text} from 'ink';
import {isAtDesk} from '../../domain/world/phone-routing.js';
import type {DeskPhone} from '../../domain/world/phone.js';
import type {Person} from '../../domain/world/world.js';
import {glyphsFor, paint, truncate, type DisplayMode} from '../app/display.js';
import {formatTime} from '../app/text.js';
import {eventText} from './phone-facts.js';

/** `+1 4255550100 ext. 2041`: the line as it is dialled. Pure. */
export function deskLineText(desk: DeskPhone): string {
	return desk.extension === undefined ? desk.number : `${desk.number} ext. ${desk.extension}`;
}

/**
 * How the rows left under the phone's settings are shared between its messages and calls and the desk
 * phone's calls (each list takes at least one row; a desk phone also takes its heading): each list gets
 * what it holds when both fit, otherwise the shorter keeps what it needs up to half and the other the rest. Pure.
 */
export function shareLogRows(available: number, phoneEvents: number, desk: DeskPhone | undefined): {readonly phone: number; readonly desk: number} {
	if (desk === undefined) {
		return {phone: Math.max(1, available), desk: 0};
	}

	const room = Math.max(2, available - 1);
	const phone = Math.max(1, phoneEvents);
	const calls = Math.max(1, desk.log.length);
	const half = Math.floor(room / 2);
	const phoneRows = phone + calls <= room ? phone : phone <= half ? phone : calls <= room - half ? room - calls : room - half;
	return {phone: phoneRows, desk: Math.max(1, Math.min(calls, room - phoneRows))};
}

/** Props of DeskPhoneLines. */
export type DeskPhoneLinesProps = {
	readonly person: Person;
	readonly desk: DeskPhone;
	/** The most calls to show (the newest). */
	readonly logRows: number;
	readonly display: DisplayMode;
	readonly width: number;
};

/**
 * The landline on the person's desk: its number and extension, whether they are at the desk to
 * answer it, and the calls that reached it, voicemails included (a desk phone takes calls only).
 */
export function DeskPhoneLines({person, desk, logRows, display, width}: DeskPhoneLinesProps) {
	const muted = paint(display, 'muted');
	const shown = desk.log.slice(-Math.max(1, logRows));
	const where = isAtDesk(person) ? 'at their desk' : 'away from their desk';
	const more = desk.log.length > shown.length ? ` (last ${shown.length} of ${desk.log.length})` : '';
	const detail = `${more}  ${deskLineText(desk)} ${glyphsFor(display).dot} ${where}`;
	return (
		<>
			<Text>
				<Text bold>Desk phone</Text>
				<Text {...muted}>{truncate(detail, Math.max(1, width - 'Desk phone'.length), display)}</Text>
			</Text>
			{shown.length === 0 ? <Text {...muted}>  No calls to the desk phone yet.</Text> : null}
			{shown.map((event, index) => (
				<Text key={`desk-${desk.log.length - shown.length + index}`}>{truncate(`  ${formatTime(event.at)} ${eventText(event)}`, width, display)}</Text>
			))}
		</>
	);
}
