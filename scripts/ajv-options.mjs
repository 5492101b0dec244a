// Ajv options are part of the generated validators' contract: the spec's validity vectors were checked with them.
// Formats stay annotations (validateFormats: false) because the format relies only on portable keywords.
// Shared by scripts/codegen.mjs and the tests that compare generated validators with Ajv's runtime compiler.
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  strictRequired: false,
  strictTypes: false,
  validateFormats: false,
  code: { source: true, esm: true, lines: true },
};
