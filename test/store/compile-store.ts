import {mkdir, readFile, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

/** The repository root. */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const sourceRoot = path.join(repositoryRoot, 'source');
const relativeImport = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g;

/**
 * Builds the real store code for child processes without `npm run build` (which would compile the
 * whole project, other people's work in progress included) and without a TypeScript loader (Node 20
 * cannot strip types): starting from `entries`, every relatively imported source file is transpiled
 * on its own with TypeScript's transpileModule (type-only syntax erased; the project allows only
 * erasable syntax) into `outDir`, mirroring source/. Package imports (lowdb, zod, env-paths) resolve
 * through a `node_modules` link to the repository's. Takes well under a second.
 */
export async function compileForChildProcess(outDir: string, entries: readonly string[]): Promise<void> {
	const pending = entries.map((entry) => path.join(sourceRoot, entry));
	const done = new Set<string>();
	while (pending.length > 0) {
		const file = pending.pop()!;
		if (done.has(file)) {
			continue;
		}

		done.add(file);
		const text = await readFile(file, 'utf8');
		for (const match of text.matchAll(relativeImport)) {
			pending.push(path.resolve(path.dirname(file), `${match[1]!}.ts`));
		}

		const output = ts.transpileModule(text, {
			fileName: file,
			compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true},
		});
		const target = path.join(outDir, path.relative(sourceRoot, file)).replace(/\.ts$/, '.js');
		await mkdir(path.dirname(target), {recursive: true});
		await writeFile(target, output.outputText);
	}

	await symlink(path.join(repositoryRoot, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
}
