/* GENERATED FILE, DO NOT EDIT. Source: schemas/ .
 * Regenerate with `npm run codegen`; CI fails when this file differs from what codegen writes. */
/** One Ajv error object, as the standalone validators report it. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled validator: returns true or false, and leaves the errors of the last call in `errors`. */
export interface ValidateFunction<T> {
  (data: unknown): data is T;
  errors?: AjvError[] | null;
}
