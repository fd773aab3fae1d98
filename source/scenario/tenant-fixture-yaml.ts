import type {TenantFixture} from './schema/tenant-fixture-schema.js';

/**
 * Writes a tenant fixture as compact YAML: tenant fields as a block map, then one flow-style line per user and
 * per person, so a 100,000-user tenant stays readable with `less` and diffable line by line. Strings are plain
 * when that is unambiguous and JSON-quoted otherwise (JSON strings are valid YAML double-quoted scalars).
 */

const plainText = /^[A-Za-z][\w .@()#-]*$/;
const reserved = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** A scalar as YAML writes it in flow context. */
export function yamlScalar(value: unknown): string {
	if (typeof value === 'string') {
		return plainText.test(value) && !reserved.test(value) && !value.endsWith(' ') && !value.includes(' #') ? value : JSON.stringify(value);
	}

	if (typeof value === 'number' || typeof value === 'boolean') {
		return String(value);
	}

	return value === null ? 'null' : JSON.stringify(String(value));
}

/** Any JSON-like value in YAML flow style (`{a: 1, b: [x, y]}`), undefined fields left out. */
export function yamlFlow(value: unknown): string {
	if (Array.isArray(value)) {
		return `[${value.map((each) => yamlFlow(each)).join(', ')}]`;
	}

	if (typeof value === 'object' && value !== null) {
		const fields = Object.entries(value).filter(([, each]) => each !== undefined);
		return `{${fields.map(([key, each]) => `${yamlScalar(key)}: ${yamlFlow(each)}`).join(', ')}}`;
	}

	return yamlScalar(value);
}

/**
 * The fixture as YAML lines (each without its newline), header comment first. A generator so a huge tenant can
 * be streamed to stdout without building one giant string.
 */
export function* tenantFixtureYamlLines(fixture: TenantFixture, header: readonly string[] = []): Generator<string> {
	for (const line of header) {
		yield `# ${line}`.trimEnd();
	}

	const {users, people, networks, personDefaults, ...scalars} = fixture;
	for (const [key, value] of Object.entries(scalars)) {
		if (value !== undefined) {
			yield `${key}: ${yamlFlow(value)}`;
		}
	}

	yield 'networks:';
	for (const [id, network] of Object.entries(networks)) {
		yield `  ${yamlScalar(id)}: ${yamlFlow(network)}`;
	}

	yield 'personDefaults:';
	for (const [key, value] of Object.entries(personDefaults)) {
		if (value !== undefined) {
			yield `  ${key}: ${yamlFlow(value)}`;
		}
	}

	yield 'users:';
	for (const user of users) {
		yield `  - ${yamlFlow(user)}`;
	}

	const entries = Object.entries(people ?? {});
	if (entries.length > 0) {
		yield 'people:';
		for (const [id, person] of entries) {
			yield `  ${yamlScalar(id)}: ${yamlFlow(person)}`;
		}
	}
}
