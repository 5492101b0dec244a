// Strict JSON text: bytes to text (UTF-8 only), text to value (RFC 8259 plus the checkpoint rules), and source
// positions for messages.
export { decodeText } from './decode.js';
export { parseBytes, parseStrict } from './parse.js';
export { lineColumn, locate, locator, type LineColumn, type SourcePosition } from './position.js';
