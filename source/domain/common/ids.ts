/** Short stable handle of a user inside a scenario (e.g. `priya`); the UPN is separate. */
export type UserId = string;
/** Identifier of one of the person's client apps (e.g. `outlook-laptop`). */
export type ClientId = string;
/** Identifier of a network the person can be on (e.g. `office`, `home`, `hotel`). */
export type NetworkId = string;
