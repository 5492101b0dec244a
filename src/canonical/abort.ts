// The fast walks do not track where they are: tracking a JSON pointer for every value would cost more than the
// walk itself. When a fast walk meets something it does not accept it throws ABORT, and the caller runs the slow,
// precise diagnosis (guards.ts) to build the real error with its pointer. Errors are rare, so this costs nothing
// on the happy path.

/** Thrown by the fast walks; never escapes this module's public functions. */
export const ABORT: { readonly abort: true } = Object.freeze({ abort: true as const });
