/**
 * fast-check arbitraries for model-based tests of whole play sessions, in one import: a generated
 * tenant and world (world-draft-arbitraries.ts, person-arbitraries.ts), the state built from it with
 * every secret hashed (world-build-arbitraries.ts), and sequences of session intents with their
 * `#n` picks resolved against the current state (intent-arbitraries.ts).
 */
export {adminIntentArb} from './admin-intent-arbitraries.js';
export {concretise, intentArb, intentsArb} from './intent-arbitraries.js';
export {actorId, appPasswordSecretArb, clientSlots, ghostId, guestId, inheritedNames, memberIds, networkIds, totpSecretArb, unknownClientId} from './pool-arbitraries.js';
export {signInArb, userIntentArb} from './user-intent-arbitraries.js';
export {buildWorldState} from './world-build-arbitraries.js';
export {startArb, worldDraftArb, type UserDraft, type WorldDraft} from './world-draft-arbitraries.js';
