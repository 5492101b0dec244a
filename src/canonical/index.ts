// RFC 8785 canonical JSON: the text whose SHA-256 is a checkpoint's identity, the guards every value passes, and
// the deterministic pretty form used for files.
export { canonicalString } from './serialize.js';
export { prettyCanonical } from './pretty.js';
export { canonicalBytes, canonicalHash, sha256Hex, updateCanonical } from './hash.js';
export { updateWithText } from './digest.js';
export { assertJsonValue } from './guards.js';
export { EXPONENT_FROM, isUnsafeNumber, MAX_DEPTH, MAX_SAFE } from './limits.js';
