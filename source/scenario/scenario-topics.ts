/**
 * The words of a scenario's header that listings show, in a module without zod, so `mfadesk list` and the
 * picker can name topics and difficulties without loading the schema (DESIGN section 7).
 */

/** The ticket families of the built-in pack (DESIGN section 3). */
export const scenarioTopics = ['missing-codes', 'missing-prompts', 'legacy-app-logins', 'lost-device', 'compromise', 'lockout', 'registration', 'policy'] as const;
/** One of the topics. */
export type ScenarioTopic = (typeof scenarioTopics)[number];

/** Difficulty is an integer 1 to 5; these are the names the UI shows. */
export const difficultyLabels = {1: 'beginner', 2: 'easy', 3: 'intermediate', 4: 'advanced', 5: 'expert'} as const;
