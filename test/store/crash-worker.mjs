/* global process */
// A child process for the crash and concurrency tests. It plays attempts through the REAL store code
// (transpiled by compile-store.ts): open the store, resume this trainee's unfinished attempt if there
// is one, otherwise begin a new one, save three turns and a finish, and so on. It prints a line only
// after a save has resolved, i.e. after the file was renamed into place:
//   saved <attempt id> <turns> open|done
// Usage: node crash-worker.mjs <compiled dir> <progress file> <label> <trainee> <attempts | forever>
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const [compiled, file, label, trainee, limit] = process.argv.slice(2);
const load = async (module) => import(pathToFileURL(path.join(compiled, module)).href);
const {openProgressStore} = await load('store/progress-store.js');
const {beginAttempt, resumeAttempt} = await load('store/attempt-recorder.js');
const {findResumable} = await load('domain/progress/attempt-life.js');

const scenarioId = 'codes-wrong-number';
const store = await openProgressStore({kind: 'file', path: file}, {lock: {timeoutMs: 30_000}});
let resumable = findResumable(await store.read(), trainee, scenarioId);
process.stdout.write(`ready${resumable ? ` resuming ${resumable.id} ${resumable.transcript.length}` : ''}\n`);

const attempts = limit === 'forever' ? Number.POSITIVE_INFINITY : Number(limit);
const say = (attempt) => process.stdout.write(`saved ${attempt.id} ${attempt.transcript.length} ${attempt.inProgress ? 'open' : 'done'}\n`);
for (let count = 0; count < attempts; count++) {
	let recorder;
	if (resumable) {
		recorder = resumeAttempt(store, resumable);
		resumable = undefined;
	} else {
		const id = `${label}-${count}`;
		recorder = await beginAttempt(store, {trainee, scenarioId, scenarioHash: 'sha256:test', seed: String(count)}, {newId: () => id});
		say(recorder.current());
	}

	while (recorder.current().transcript.length < 3) {
		say(await recorder.turn({kind: 'wait', minutes: 5}, 1_710_234_000_000 + recorder.current().transcript.length * 300_000));
	}

	say(await recorder.finish({outcome: 'passed', score: {total: 100, max: 100, breakdown: [{item: 'goals met', points: 100}]}, redFlags: []}));
}
