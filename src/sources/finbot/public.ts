// Small public helpers for tools that write or check finbot files (the conformance vector generator, tests).
import { validate } from '../../../generated/validators/finbot.js';
import { inSerializerOrder, type FinbotExecutionCheckpoint } from './format.js';
import { renderPython } from './layout.js';

/** finbot's file text of a finbot value: members in its serializer's order, Python's json.dump(indent=2) layout. */
export function finbotText(value: FinbotExecutionCheckpoint, options: { readonly newline?: '\n' | '\r\n'; readonly positionsOrder?: readonly string[] } = {}): string {
  return renderPython(inSerializerOrder(value, options.positionsOrder ?? Object.keys(value.positions)), options.newline ?? '\n');
}

/** The verdict of the frozen schema schemas/finbot-execution-1.0.0.schema.json alone. */
export function isFinbotSchemaValid(value: unknown): boolean {
  return validate(value) === true;
}
