/**
 * A module resolve hook for the benchmark: prints every package a process loads (`TRACE <name>` on stderr),
 * so the bench can show which heavy packages a light command pulls in.
 */
type Resolved = {readonly url: string};
type NextResolve = (specifier: string, context: unknown) => Promise<Resolved>;

/** Node's `resolve` hook: passes through, reporting packages under node_modules. */
export async function resolve(specifier: string, context: unknown, next: NextResolve): Promise<Resolved> {
	const resolved = await next(specifier, context);
	const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(resolved.url);
	if (match) {
		process.stderr.write(`TRACE ${match[1]}\n`);
	}

	return resolved;
}
