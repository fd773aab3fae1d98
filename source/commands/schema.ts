import {scenarioJsonSchema, tenantFixtureJsonSchema} from '../scenario/json-schema.js';
import {exitCodes, type Command} from './command.js';
import {ignoreBrokenPipe, toJson, usageError} from './command-support.js';

const commandName = 'schema';

/**
 * `mfadesk schema [scenario|tenant]`: the JSON Schema of scenario files (default) or tenant fixtures, generated
 * from the zod schemas the loader uses. Save it and point yaml-language-server at it for completion.
 */
export const schemaCommand: Command = async (context) => {
	ignoreBrokenPipe(context);
	const [which = 'scenario', ...rest] = context.args;
	if (rest.length > 0 || (which !== 'scenario' && which !== 'tenant')) {
		return usageError(context, `schema takes "scenario" (default) or "tenant", got ${context.args.join(' ')}`, commandName);
	}

	context.stdout.write(toJson(which === 'scenario' ? scenarioJsonSchema() : tenantFixtureJsonSchema()));
	return exitCodes.ok;
};
