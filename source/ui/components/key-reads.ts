const escape = '\u001B';
const ctrlC = '\u0003';

/**
 * The keys one terminal read holds, each written as the terminal sends it alone. Ink hands a run of
 * plain characters that reached it in one read (a paste, fast typing over SSH, `tmux send-keys '/lena'`)
 * to its handlers as ONE input ("/lena", "priya\r"), which no binding matches; an escape sequence (an
 * arrow, a lone Esc) always comes as a read of its own. A read holding Ctrl+C stays whole: it means
 * Ctrl+C (`keyPressOf`). Splits by code point, so an emoji stays one key. Pure.
 */
export function keysOfRead(read: string): readonly string[] {
	if (read.includes(escape) || read.includes(ctrlC)) {
		return [read];
	}

	const keys = [...read];
	return keys.length > 1 ? keys : [read];
}
