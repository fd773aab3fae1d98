import {createSeededRandom} from '../adapters/seeded-random.js';
import {generatedTenantId, generateTenantFixture} from '../scenario/generate-tenant.js';
import {scenarioLimits} from '../scenario/limits.js';
import {tenantFixtureYamlLines} from '../scenario/tenant-fixture-yaml.js';
import {exitCodes, type Command} from './command.js';
import {ignoreBrokenPipe, seedOf, usageError, writeLine} from './command-support.js';

const commandName = 'generate-tenant';

/** Most users the generator writes (the benchmark's largest tenant). */
export const maxGeneratedUsers = 100_000;

/** Most users the tenant fixture schema accepts in a file (`users: max 20,000`). */
const fixtureMaxUsers = 20_000;

/**
 * Writes text, waiting for the stream to drain when its buffer is full (a 100,000-user tenant is ~30 MB).
 * Resolves false when the reader went away (`| head`): there is no point in writing the rest.
 */
async function writeChunk(stream: NodeJS.WritableStream, text: string): Promise<boolean> {
	if (stream.write(text) || typeof stream.once !== 'function') {
		return true;
	}

	return new Promise((resolve) => {
		const finish = (drained: boolean) => () => {
			stream.removeListener('drain', onDrain);
			stream.removeListener('close', onGone);
			stream.removeListener('error', onGone);
			resolve(drained);
		};

		const onDrain = finish(true);
		const onGone = finish(false);
		stream.once('drain', onDrain);
		stream.once('close', onGone);
		stream.once('error', onGone);
	});
}

/**
 * `mfadesk generate-tenant --users <n> [--seed <n>]`: prints a synthetic tenant fixture (YAML) with a realistic
 * mix of MFA states, methods, clients, app passwords and roles, e.g. `> fixtures/tenants/<id>.yaml`. The same
 * seed gives the same bytes. Every user shares one precomputed argon2id hash, so loading it hashes nothing.
 */
export const generateTenantCommand: Command = async (context) => {
	ignoreBrokenPipe(context);
	if (context.args.length > 0) {
		return usageError(context, `generate-tenant takes no arguments (got ${context.args.join(' ')})`, commandName);
	}

	const users = context.flags.users;
	const range = `from 1 to ${maxGeneratedUsers.toLocaleString('en-US')}`;
	if (users === undefined) {
		return usageError(context, `--users <n> is required: how many users, ${range}`, commandName);
	}

	if (!Number.isSafeInteger(users) || users < 1 || users > maxGeneratedUsers) {
		return usageError(context, `--users must be a whole number ${range}, got ${users}`, commandName);
	}

	const seed = seedOf(context);
	if (!seed.ok) {
		return usageError(context, seed.message, commandName);
	}

	const options = {users, seed: seed.seed};
	const id = generatedTenantId(options);
	const fixture = generateTenantFixture(options, createSeededRandom(`generate-tenant:${seed.seed}`));
	const header = [
		`${id}: a synthetic tenant of ${users.toLocaleString('en-US')} users (mfadesk generate-tenant --users ${users} --seed ${seed.seed}).`,
		`Save it as ${id}.yaml (the id must equal the file name). Every user's password is defaultPassword; the`,
		'shared argon2id hash below is precomputed, so loading the tenant performs no hashing.',
	];
	let bytes = 0;
	let chunk = '';
	for (const line of tenantFixtureYamlLines(fixture, header)) {
		chunk += `${line}\n`;
		if (chunk.length >= 64 * 1024) {
			bytes += Buffer.byteLength(chunk);
			if (!(await writeChunk(context.stdout, chunk))) {
				return exitCodes.ok;
			}

			chunk = '';
		}
	}

	bytes += Buffer.byteLength(chunk);
	await writeChunk(context.stdout, chunk);
	if (bytes > scenarioLimits.maxFileBytes || users > fixtureMaxUsers) {
		writeLine(
			context.stderr,
			`mfadesk: note: ${bytes.toLocaleString('en-US')} bytes and ${users.toLocaleString('en-US')} users; tenant fixture files are limited to ${scenarioLimits.maxFileBytes / 1024} KiB and ${fixtureMaxUsers.toLocaleString('en-US')} users, so the loader refuses this file (about ${Math.floor((users * scenarioLimits.maxFileBytes) / bytes).toLocaleString('en-US')} users fit). Larger tenants are for benchmarks and scale tests.`,
		);
	}

	return exitCodes.ok;
};
