/**
 * `npm run build`: bundles the CLI and the benchmark with rolldown; tsc only typechecks (`npm run
 * typecheck`). Node spent longer resolving and loading ~2,600 small ES modules before the first frame of
 * `mfadesk play` than it spends parsing one bundle (DESIGN section 7). Commands stay lazy: every
 * `import()` in source/commands/registry.ts becomes its own chunk, so `--version` and `list` never load
 * Ink, React, yoga, argon2 or otplib (the bench's "heavy packages" row reads the chunks they load).
 */
import {defineConfig, type Plugin, type RolldownOptions} from 'rolldown';

/**
 * Ink connects to React DevTools when `DEV=true`: it then reads its own package.json next to the module
 * (in a bundle: a file that is not there) and imports react-devtools-core, which mfadesk does not install.
 * The bundle turns Ink's `isDev()` checks into `false`, so a `DEV=true` left in a shell cannot crash the
 * CLI, and that code drops out.
 */
const inkWithoutDevtools: Plugin = {
	name: 'ink-without-devtools',
	transform: {
		filter: {id: /[\\/]node_modules[\\/]ink[\\/]build[\\/][^\\/]+\.js$/, code: 'isDev()'},
		handler: (code) => code.replaceAll('isDev()', 'false'),
	},
};

/** One exact edit to a package file; the build fails when the text is no longer there (the package changed). */
function patchPackageFile(name: string, file: RegExp, from: string, to: string): Plugin {
	return {
		name,
		transform: {
			filter: {id: file},
			handler(code) {
				if (!code.includes(from)) {
					this.error(`${name}: the text to replace is gone; check the package's new version and update source/build/rolldown.config.ts`);
				}

				return code.replace(from, to);
			},
		},
	};
}

/**
 * yoga-layout carries its WebAssembly as a base64 `data:` URL and, where `fetch` exists, fetches that URL
 * to decode it: on Node that first loads undici, Node's fetch (25-40 ms before the first frame). The
 * bundle takes yoga's own non-fetch path, which decodes the same base64 in place.
 */
const yogaWithoutFetch = patchPackageFile(
	'yoga-without-fetch',
	/[\\/]node_modules[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
	'function ya(){return w||"function"!=typeof fetch?',
	'function ya(){return true?',
);

/**
 * The CLI's chunks live in distribution/chunks/, one directory below cli.js, so only the entry may resolve
 * paths from `import.meta.url` (cli.tsx finds fixtures/ and package.json that way). The build fails if a
 * chunk does; a bare `import.meta.url` (the runtime's `createRequire` base, yoga's unused script path) is fine.
 */
const importMetaStaysInEntries: Plugin = {
	name: 'import-meta-stays-in-entries',
	generateBundle(_options, bundle) {
		for (const output of Object.values(bundle)) {
			if (output.type === 'chunk' && !output.isEntry && /new URL\([^)]*import\.meta\.url\)|fileURLToPath\(import\.meta\.url\)/.test(output.code)) {
				this.error(`${output.fileName} resolves a path from import.meta.url outside an entry: move that code into the entry module`);
			}
		}
	},
};

const cli: RolldownOptions = {
	input: {cli: 'source/cli.tsx'},
	platform: 'node',
	tsconfig: 'tsconfig.json',
	// argon2 is a native addon (its binding loads a .node file from its own package directory).
	external: ['argon2'],
	// cli.tsx sets NODE_ENV=production before React loads; the bundle drops React's development builds.
	transform: {define: {'process.env.NODE_ENV': JSON.stringify('production')}},
	plugins: [inkWithoutDevtools, yogaWithoutFetch, importMetaStaysInEntries],
	output: {
		dir: 'distribution',
		cleanDir: true,
		format: 'esm',
		entryFileNames: '[name].js',
		chunkFileNames: 'chunks/[name]-[hash].js',
	},
};

/** The benchmark's processes: the runner, its sections (each a child process) and its baselines. */
const benchEntries = ['run.ts', 'keystroke-section.tsx', 'sign-in-section.ts', 'tenant-load-section.ts', 'test-pack-section.ts', 'hello-ink.tsx', 'meow-baseline.ts', 'trace-loads.ts', 'trace-hook.ts'];

/**
 * The bench, bundled from its own sources but with every package left to node_modules: the Ink
 * hello-world stays the bare Ink app it stands for, and the sections run the same package code the CLI
 * bundle inlines. It measures the CLI by spawning distribution/cli.js. Chunks sit beside the entries,
 * whose directory the bench uses to find its files.
 */
const bench: RolldownOptions = {
	input: Object.fromEntries(benchEntries.map((file) => [file.replace(/\.tsx?$/, ''), `source/bench/${file}`])),
	platform: 'node',
	tsconfig: 'tsconfig.json',
	external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
	output: {
		dir: 'distribution/bench',
		format: 'esm',
		entryFileNames: '[name].js',
		chunkFileNames: '[name]-[hash].js',
	},
};

// eslint-disable-next-line no-restricted-exports -- rolldown's CLI reads the config's default export.
export default defineConfig([cli, bench]);
