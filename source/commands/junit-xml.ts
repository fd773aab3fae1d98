/** One JUnit test case; a failure carries a short message and the details a CI annotator shows. */
export type JunitCase = {
	readonly classname: string;
	readonly name: string;
	readonly file?: string;
	readonly failure?: {readonly message: string; readonly details: string};
};

/** One JUnit test suite. */
export type JunitSuite = {
	readonly name: string;
	readonly file?: string;
	readonly cases: readonly JunitCase[];
};

/** Escapes text for an XML attribute or element, dropping characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}

const attribute = (name: string, value: string | number | undefined): string => (value === undefined ? '' : ` ${name}="${escapeXml(String(value))}"`);

function caseXml(each: JunitCase): string {
	const open = `    <testcase${attribute('classname', each.classname)}${attribute('name', each.name)}${attribute('file', each.file)}`;
	if (!each.failure) {
		return `${open}/>`;
	}

	return `${open}>\n      <failure${attribute('message', each.failure.message)} type="AssertionError">${escapeXml(each.failure.details)}</failure>\n    </testcase>`;
}

/**
 * JUnit XML (the dialect GitHub, GitLab and Jenkins read): one testsuite per scenario, one testcase per
 * solution or wrong remedy. No timestamps or durations, so the same run gives the same bytes.
 */
export function junitXml(suites: readonly JunitSuite[], name = 'mfadesk'): string {
	const count = (list: readonly JunitCase[]) => ({tests: list.length, failures: list.filter((each) => each.failure).length});
	const all = suites.flatMap((suite) => suite.cases);
	const total = count(all);
	const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attribute('name', name)}${attribute('tests', total.tests)}${attribute('failures', total.failures)} errors="0">`];
	for (const suite of suites) {
		const own = count(suite.cases);
		lines.push(`  <testsuite${attribute('name', suite.name)}${attribute('tests', own.tests)}${attribute('failures', own.failures)} errors="0" skipped="0"${attribute('file', suite.file)}>`);
		lines.push(...suite.cases.map(caseXml));
		lines.push('  </testsuite>');
	}

	lines.push('</testsuites>');
	return `${lines.join('\n')}\n`;
}
