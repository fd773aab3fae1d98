/** One line of the footer and help overlay: the keys and what they do, e.g. `{keys: '/', label: 'search'}`. */
export type KeyHint = {
	readonly keys: string;
	readonly label: string;
};
