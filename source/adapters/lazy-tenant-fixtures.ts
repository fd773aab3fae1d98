import path from 'node:path';
import {parseTenantFixtureText, type FixtureParseResult} from '../scenario/parse-fixture.js';
import {formatOf, listScenarioFiles, readLimitedTextSync} from './scenario-paths.js';

function readFixture(file: string): FixtureParseResult {
	const read = readLimitedTextSync(file);
	return read.ok ? parseTenantFixtureText(read.text, {fileName: file, format: formatOf(file)!}) : read;
}

/**
 * The tenant fixtures of a directory, keyed by file stem, each read and validated the first time a scenario
 * asks for it (`get`). Running one scenario then reads one fixture instead of all of them; `lint` and `test`
 * keep loading every fixture eagerly. Iterating the values loads everything.
 */
export class LazyTenantFixtures implements ReadonlyMap<string, FixtureParseResult> {
	readonly #files: ReadonlyMap<string, string>;
	readonly #results = new Map<string, FixtureParseResult>();

	constructor(files: ReadonlyMap<string, string>) {
		this.#files = files;
	}

	/** Lists the directory (the first file of each stem wins, as the eager loader does). */
	static async of(directory: string): Promise<LazyTenantFixtures> {
		const files = new Map<string, string>();
		for (const file of await listScenarioFiles(directory)) {
			const id = path.basename(file, path.extname(file));
			if (!files.has(id)) {
				files.set(id, file);
			}
		}

		return new LazyTenantFixtures(files);
	}

	get size(): number {
		return this.#files.size;
	}

	get(id: string): FixtureParseResult | undefined {
		const cached = this.#results.get(id);
		if (cached) {
			return cached;
		}

		const file = this.#files.get(id);
		if (file === undefined) {
			return undefined;
		}

		const result = readFixture(file);
		this.#results.set(id, result);
		return result;
	}

	has(id: string): boolean {
		return this.#files.has(id);
	}

	keys(): MapIterator<string> {
		return this.#files.keys();
	}

	*entries(): MapIterator<[string, FixtureParseResult]> {
		for (const id of this.#files.keys()) {
			yield [id, this.get(id)!];
		}
	}

	*values(): MapIterator<FixtureParseResult> {
		for (const [, result] of this.entries()) {
			yield result;
		}
	}

	forEach(callback: (value: FixtureParseResult, key: string, map: ReadonlyMap<string, FixtureParseResult>) => void): void {
		for (const [id, result] of this.entries()) {
			callback(result, id, this);
		}
	}

	[Symbol.iterator](): MapIterator<[string, FixtureParseResult]> {
		return this.entries();
	}

	/** The fixtures read so far (their problems are the ones a lazy load reports). */
	loaded(): ReadonlyMap<string, FixtureParseResult> {
		return this.#results;
	}
}
