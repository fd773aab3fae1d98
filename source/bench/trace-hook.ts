/**
 * Module hooks for the benchmark: print every package a process loads (`TRACE <name>` on stderr), so
 * the bench can show which heavy packages a light command pulls in. A package is loaded when it is
 * imported from node_modules (argon2, kept out of the bundle, and everything the unbundled bench imports)
 * or when a file the process loads has it bundled in: rolldown marks each bundled module with a
 * `// node_modules/<package>/...` line, so loading a chunk of the CLI loads the packages it contains.
 */
type Resolved = {readonly url: string};
type NextResolve = (specifier: string, context: unknown) => Promise<Resolved>;
type Loaded = {readonly source?: string | Uint8Array | ArrayBuffer | null | undefined};
type NextLoad = (url: string, context: unknown) => Promise<Loaded>;

const packageInPath = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//;
const bundledPackage = /^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm;

/** Node's `resolve` hook: passes through, reporting packages under node_modules. */
export async function resolve(specifier: string, context: unknown, next: NextResolve): Promise<Resolved> {
	const resolved = await next(specifier, context);
	const match = packageInPath.exec(resolved.url);
	if (match) {
		process.stderr.write(`TRACE ${match[1]}\n`);
	}

	return resolved;
}

function textOf(source: Loaded['source']): string {
	if (typeof source === 'string') {
		return source;
	}

	return source ? new TextDecoder().decode(source) : '';
}

/** Node's `load` hook: passes through, reporting the packages bundled into our own files (not node_modules'). */
export async function load(url: string, context: unknown, next: NextLoad): Promise<Loaded> {
	const loaded = await next(url, context);
	if (url.startsWith('file:') && !packageInPath.test(url)) {
		const names = new Set([...textOf(loaded.source).matchAll(bundledPackage)].map((match) => match[1]!));
		for (const name of names) {
			process.stderr.write(`TRACE ${name}\n`);
		}
	}

	return loaded;
}
