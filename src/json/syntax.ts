// Explaining a syntax error. JSON.parse says only that the text is invalid; on that failure path jsonc-parser
// (with comments and trailing commas disallowed, which makes it as strict as RFC 8259) finds the first problem and
// its offset, and we turn it into a sentence with line and column.
import { printParseErrorCode, visit } from 'jsonc-parser';
import { CheckpointError } from '../errors/index.js';
import { describePosition } from './position.js';

interface Found {
  code: string;
  offset: number;
  length: number;
}

interface Explanation {
  offset: number;
  what: string;
  hint: string;
}

const STOP = Object.freeze({ stop: true });
const TRUNCATED = 'The text ends early; the file may be truncated (an interrupted write?).';
const SYNTAX = 'Fix the JSON syntax (RFC 8259): double-quoted strings, no comments, no trailing commas.';

/** E_PARSE for text JSON.parse rejected; `cause` is JSON.parse's error. */
export function syntaxError(text: string, cause: unknown): CheckpointError {
  const found: Found[] = [];
  try {
    visit(
      text,
      {
        onError(error, offset, length) {
          found.push({ code: printParseErrorCode(error), offset, length });
          throw STOP; // the first problem is the one to report; also keeps the recursive parser shallow
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (e) {
    if (e !== STOP && !(e instanceof RangeError)) throw e;
  }
  const first = found[0];
  const { offset, what, hint } = first ? explain(text, first) : fromNative(text, cause);
  return new CheckpointError(
    { code: 'E_PARSE', message: `Invalid JSON at ${describePosition(text, offset)}: ${what}.`, offset, hint },
    undefined,
    { cause },
  );
}

function explain(text: string, e: Found): Explanation {
  const { offset, length } = e;
  const atEnd = /^[ \t\n\r]*$/.test(text.slice(offset));
  const token = text.slice(offset, offset + length);
  switch (e.code) {
    case 'ValueExpected':
      if (/^[ \t\n\r]*$/.test(text)) {
        return { offset, what: 'the text is empty (or only whitespace)', hint: 'A JSON text must contain a value.' };
      }
      if (atEnd) return { offset, what: 'the text ends where a value was expected', hint: TRUNCATED };
      return trailingComma(text, offset) ?? { offset, what: `expected a value, found ${quote(text, offset)}`, hint: SYNTAX };
    case 'PropertyNameExpected':
      if (atEnd) return { offset, what: 'the text ends where a member name was expected', hint: TRUNCATED };
      if (text[offset] === "'") return singleQuotes(offset);
      return (
        trailingComma(text, offset) ?? {
          offset,
          what: `expected a member name in double quotes, found ${quote(text, offset)}`,
          hint: SYNTAX,
        }
      );
    case 'ColonExpected':
      if (atEnd) return { offset, what: "the text ends where ':' was expected", hint: TRUNCATED };
      return { offset, what: `expected ':' after the member name, found ${quote(text, offset)}`, hint: SYNTAX };
    case 'CommaExpected':
      if (/^[0-9]/.test(token) && text[offset - 1] === '0' && !/[0-9.eE+-]/.test(text[offset - 2] ?? '')) {
        return { offset: offset - 1, what: 'a number has a leading zero', hint: 'Write numbers without leading zeros.' };
      }
      return { offset, what: `expected ',' or a closing bracket, found ${quote(text, offset)}`, hint: SYNTAX };
    case 'CloseBraceExpected':
    case 'CloseBracketExpected': {
      const kind = e.code === 'CloseBraceExpected' ? "'}'" : "']'";
      if (atEnd) return { offset, what: `the text ends before a closing ${kind}`, hint: TRUNCATED };
      return { offset, what: `expected ',' or ${kind}, found ${quote(text, offset)}`, hint: SYNTAX };
    }
    case 'EndOfFileExpected':
      return afterValue(text, offset);
    case 'InvalidSymbol':
      return invalidSymbol(text, offset, token);
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { offset, what: `incomplete or malformed number ${JSON.stringify(token)}`, hint: 'Write a digit after "." and after the exponent "e".' };
    case 'UnexpectedEndOfString': {
      const end = offset + length; // jsonc-parser ends the string token before a raw line break
      if (text[end] === '\n' || text[end] === '\r') {
        return { offset: end, what: 'a line break inside a string', hint: 'Write line breaks in strings as \\n.' };
      }
      return { offset, what: 'a string is not closed', hint: TRUNCATED };
    }
    case 'InvalidCharacter': {
      const at = token.search(/[\u0000-\u001f]/);
      const where = at >= 0 ? offset + at : offset;
      const unit = text.charCodeAt(where).toString(16).toUpperCase().padStart(4, '0');
      return {
        offset: where,
        what: `an unescaped control character U+${unit} inside a string`,
        hint: 'Escape control characters in strings (\\n, \\t, \\u0001, ...).',
      };
    }
    case 'InvalidUnicode':
    case 'InvalidEscapeCharacter': {
      const at = Math.max(0, badEscape(token));
      const escape = token[at + 1] === 'u' ? token.slice(at, at + 6).replace(/["].*$/, '') : token.slice(at, at + 2);
      return {
        offset: offset + at,
        what: `an invalid escape sequence ${escape} in a string`,
        hint: 'Valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hex digits.',
      };
    }
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { offset, what: 'a comment', hint: 'JSON has no comments; remove it.' };
    default:
      return { offset, what: e.code, hint: SYNTAX };
  }
}

function invalidSymbol(text: string, offset: number, token: string): Explanation {
  const special = /^-?(?:NaN|Infinity)/.exec(text.slice(offset, offset + 9));
  if (special) {
    return {
      offset,
      what: `${special[0]} is not a JSON number`,
      hint: 'JSON has no NaN or Infinity: use null, or a string with a documented meaning.',
    };
  }
  if (token === '-') return { offset, what: "a '-' without digits", hint: SYNTAX };
  if (token.startsWith("'")) return singleQuotes(offset);
  if (token.startsWith('\ufeff')) {
    return { offset, what: 'a byte-order mark (U+FEFF)', hint: 'Remove the byte-order mark at the start of the file.' };
  }
  if (isCompleteValue(text.slice(0, offset))) return afterValue(text, offset);
  return { offset, what: `unexpected ${quote(text, offset)}`, hint: SYNTAX };
}

function isCompleteValue(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch {
    return false;
  }
}

function afterValue(text: string, offset: number): Explanation {
  return {
    offset,
    what: `unexpected text after the JSON value: ${quote(text, offset)}`,
    hint: 'A JSON text holds exactly one value; remove what follows it.',
  };
}

function singleQuotes(offset: number): Explanation {
  return { offset, what: 'a single-quoted string', hint: 'JSON strings and member names use double quotes.' };
}

/** A ',' right before the closing bracket at `offset`, reported at the comma. */
function trailingComma(text: string, offset: number): Explanation | undefined {
  const close = text[offset];
  if (close !== ']' && close !== '}') return undefined;
  let p = offset - 1;
  while (p >= 0 && /[ \t\n\r]/.test(text[p]!)) p--;
  if (text[p] !== ',') return undefined;
  return { offset: p, what: `a trailing comma before '${close}'`, hint: 'Remove the comma after the last element or member.' };
}

/** Index in a string token of its first invalid escape sequence, or -1. */
function badEscape(token: string): number {
  for (let i = 1; i < token.length; i++) {
    if (token[i] !== '\\') continue;
    const e = token[i + 1];
    if (e === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(token.slice(i + 2, i + 6))) return i;
      i += 5;
    } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
      i++;
    } else {
      return i;
    }
  }
  return -1;
}

function quote(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the text';
  const cp = text.codePointAt(offset)!;
  const ch = String.fromCodePoint(cp);
  return cp < 0x20 || cp === 0x7f ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : JSON.stringify(ch);
}

/** Fallback when jsonc-parser accepts what JSON.parse rejected (it should not happen). */
function fromNative(text: string, cause: unknown): Explanation {
  const message = cause instanceof Error ? cause.message : String(cause);
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Math.min(Number(position[1]), text.length) : 0;
  return { offset, what: message.replace(/\.$/, ''), hint: SYNTAX };
}
