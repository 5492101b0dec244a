// Strict JSON text: bytes to text (UTF-8 only), text to value (RFC 8259 plus the checkpoint rules), and source
// positions for messages.
export { decodeText } from './decode.js';
export { parseBytes, parseJsonBytes, parseStrict, parseStrictText, type ParsedJson } from './parse.js';
export { MAX_NON_ASCII, scanCanonical, type CanonicalText, type TopMember } from './canonical-text.js';
export { lineColumn, locate, locator, type LineColumn, type SourcePosition } from './position.js';
