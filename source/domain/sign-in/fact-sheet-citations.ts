/**
 * Which sources each part of the fact sheet cites, copied from its [Sn] keys, in citation order (generated
 * from the fact sheet's text; regenerate when it changes). Sections, the numbered steps of 6.1, the tickets
 * of 9 and the AADSTS rows of 6.2 each have their own list, since a trace step cites them that finely.
 * The lists keep every key, third-party ones too; source-links.ts keeps only Microsoft's pages.
 */

/** A fact sheet source key, `S1` to `S62`. */
export type SourceId = `S${number}`;

/** Fact sheet section (`6.1`, `5`) to the sources it cites, in citation order. */
const sections: Readonly<Record<string, readonly SourceId[]>> = {
	'0': ['S1', 'S41', 'S45', 'S46', 'S25', 'S26', 'S27', 'S4', 'S5', 'S6'],
	'1.1': ['S1', 'S42', 'S24', 'S41', 'S8', 'S4', 'S5', 'S28', 'S43', 'S44', 'S16'],
	'1.2': ['S31', 'S16', 'S13', 'S33', 'S12', 'S41', 'S2', 'S1', 'S14', 'S6', 'S38', 'S22', 'S40', 'S34', 'S4', 'S37', 'S3', 'S21', 'S5', 'S55'],
	'1.3': ['S15', 'S17', 'S24', 'S3', 'S23', 'S20', 'S35', 'S38'],
	'1.4': ['S16', 'S17', 'S14', 'S18'],
	'1.5': ['S57', 'S4'],
	'2.1': ['S1', 'S8'],
	'2.2': ['S1', 'S8', 'S2', 'S31', 'S42'],
	'3.1': ['S4', 'S44', 'S40', 'S53'],
	'3.2': ['S38', 'S58', 'S35', 'S36', 'S20', 'S39', 'S13'],
	'3.3': ['S4', 'S5', 'S42', 'S38', 'S14'],
	'3.4': ['S40', 'S53', 'S20', 'S36', 'S35', 'S34', 'S14', 'S5', 'S4', 'S50'],
	'3.5': ['S52', 'S4', 'S37', 'S60', 'S14', 'S44'],
	'3.6': ['S20', 'S32', 'S36', 'S4'],
	'3.7': ['S9', 'S44'],
	'4.1': ['S3', 'S1', 'S36', 'S46', 'S48', 'S41', 'S35', 'S4', 'S25', 'S26'],
	'4.2': ['S3', 'S21', 'S29', 'S47', 'S59'],
	'4.3': ['S3', 'S21', 'S36', 'S57', 'S6', 'S14'],
	'5': ['S15', 'S17', 'S4', 'S24', 'S23', 'S36', 'S3', 'S51', 'S28'],
	'6.1': ['S13', 'S31', 'S55', 'S3', 'S14', 'S15', 'S41', 'S25', 'S1', 'S45', 'S18', 'S4', 'S54', 'S20', 'S28'],
	'6.2': ['S55', 'S33', 'S49', 'S50', 'S13'],
	'6.3': ['S4', 'S14'],
	'6.4': ['S17', 'S16', 'S15', 'S18', 'S14', 'S28'],
	'7.1': ['S12', 'S11'],
	'7.2': ['S41', 'S8', 'S10'],
	'7.3': ['S1', 'S45', 'S32', 'S62', 'S6', 'S61', 'S22', 'S3', 'S12', 'S13', 'S28', 'S4', 'S5', 'S40'],
	'8.1': ['S48', 'S4', 'S5', 'S3'],
	'8.2': ['S3'],
	'8.3': ['S4', 'S29', 'S42'],
	'8.4': ['S4', 'S41', 'S35', 'S43'],
	'8.5': ['S4', 'S28', 'S29', 'S30', 'S5'],
	'8.6': ['S43', 'S44'],
	'8.7': ['S4', 'S5'],
	'8.8': ['S4'],
	'9': ['S14', 'S38', 'S35', 'S39', 'S13', 'S52', 'S20', 'S6', 'S32', 'S36', 'S40', 'S4', 'S3', 'S5', 'S50', 'S1', 'S18', 'S22', 'S24', 'S17', 'S25', 'S46', 'S48', 'S23', 'S8', 'S51', 'S57', 'S41', 'S55', 'S31', 'S34', 'S37', 'S27'],
	'10': ['S36', 'S23', 'S24', 'S4', 'S29', 'S30', 'S28', 'S41', 'S15', 'S8', 'S10', 'S9', 'S7', 'S6', 'S25', 'S43', 'S53', 'S40', 'S56', 'S1', 'S2', 'S45', 'S5', 'S38', 'S27', 'S26'],
};

/** The numbered steps of 6.1 (the evaluation order). */
const evaluationSteps: Readonly<Record<string, readonly SourceId[]>> = {
	'1': ['S13', 'S31'],
	'2': ['S13', 'S55', 'S3', 'S14', 'S15'],
	'3': ['S41', 'S13', 'S25'],
	'4': ['S1', 'S41', 'S45', 'S18', 'S14'],
	'5': ['S4', 'S14'],
	'6': ['S54', 'S13', 'S14', 'S1'],
	'7': ['S20', 'S14'],
	'8': ['S4', 'S13', 'S28'],
	'9': ['S4', 'S13'],
};

/** The tickets of section 9. */
const tickets: Readonly<Record<string, readonly SourceId[]>> = {
	'1': ['S14', 'S38'],
	'2': ['S35'],
	'3': ['S35', 'S39'],
	'4': ['S38', 'S13'],
	'5': ['S14', 'S38'],
	'6': ['S14', 'S52'],
	'7': ['S14', 'S20', 'S6', 'S32'],
	'8': ['S36'],
	'9': ['S20', 'S40'],
	'10': ['S6', 'S36', 'S4', 'S3'],
	'11': ['S4', 'S5', 'S50'],
	'12': ['S1', 'S18'],
	'13': ['S4', 'S14'],
	'14': ['S4', 'S14', 'S22'],
	'15': ['S1', 'S24', 'S17', 'S3', 'S36', 'S25'],
	'16': ['S3', 'S46', 'S48'],
	'17': ['S24', 'S23', 'S8'],
	'18': ['S24'],
	'19': ['S51', 'S25'],
	'20': ['S3', 'S57', 'S14', 'S6'],
	'21': ['S1'],
	'22': ['S1'],
	'23': ['S41', 'S13', 'S6'],
	'24': ['S13', 'S55'],
	'25': ['S31'],
	'26': ['S34'],
	'27': ['S4', 'S37', 'S6'],
	'28': ['S41', 'S13', 'S27'],
};

/** The AADSTS codes of 6.2: the error-code reference [S13] plus what the row adds. */
const errorCodes: Readonly<Record<string, readonly SourceId[]>> = {
	'50034': ['S13'],
	'50053': ['S13', 'S55'],
	'50055': ['S13'],
	'50057': ['S13', 'S33'],
	'50072': ['S13'],
	'50074': ['S13', 'S49'],
	'50076': ['S13'],
	'50078': ['S13'],
	'50079': ['S13'],
	'50088': ['S13'],
	'50089': ['S13'],
	'50097': ['S13'],
	'50125': ['S13'],
	'50126': ['S13'],
	'50131': ['S13'],
	'50132': ['S13'],
	'50133': ['S13'],
	'50140': ['S13'],
	'50158': ['S13'],
	'50173': ['S13'],
	'53003': ['S13'],
	'53004': ['S13'],
	'70043': ['S13'],
	'90072': ['S13'],
	'500121': ['S13', 'S49', 'S50'],
	'530035': ['S13'],
};

/** The fact sheet's Sources table runs from S1 to S62. */
const lastSourceNumber = 62;

/**
 * The sources one fact sheet reference cites: `6.1`, `6.1 step 4`, `6.2 AADSTS50057`, `9 ticket 28`, or one source
 * key, `S25`, for a step that rests on a single page of a passage citing several (6.1 step 3 cites security
 * defaults first, but Exchange's own refusal of Basic auth is [S25]'s). A code or step the tables don't list falls
 * back to its section; unknown sections and keys give undefined.
 */
export function citedSources(reference: string): readonly SourceId[] | undefined {
	const key = /^S([1-9]\d*)$/.exec(reference);
	if (key) {
		return Number(key[1]) <= lastSourceNumber ? [reference as SourceId] : undefined;
	}

	const step = /^6\.1 step (\d+)$/.exec(reference);
	if (step) {
		return lookup(evaluationSteps, step[1]!) ?? lookup(sections, '6.1');
	}

	const code = /^6\.2 AADSTS(\d+)$/.exec(reference);
	if (code) {
		return lookup(errorCodes, code[1]!) ?? lookup(sections, '6.2');
	}

	const ticket = /^9 ticket (\d+)$/.exec(reference);
	if (ticket) {
		return lookup(tickets, ticket[1]!);
	}

	return lookup(sections, reference);
}

function lookup(table: Readonly<Record<string, readonly SourceId[]>>, key: string): readonly SourceId[] | undefined {
	return Object.hasOwn(table, key) ? table[key] : undefined;
}
