// Version detection: the first thing a reader does with a parsed document. It reads only `version`, and
// distinguishes "no version", "not a version", "too new" and "unknown", because each needs a different fix.
import { CheckpointError } from '../errors/index.js';
import { FORMAT_VERSIONS, LATEST_FORMAT, type FormatVersion } from './versions.js';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

export function detectVersion(doc: unknown): FormatVersion<any> {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new CheckpointError({
      code: 'E_VERSION_MISSING',
      pointer: '',
      message: `a checkpoint is a JSON object, but this is ${kindOf(doc)}`,
      hint: 'is this a checkpoint file?',
    });
  }
  if (!Object.hasOwn(doc, 'version')) {
    throw new CheckpointError({
      code: 'E_VERSION_MISSING',
      pointer: '',
      message: 'the document has no "version" member, so its format cannot be told',
      hint: `checkpoints carry "version": "${FORMAT_VERSIONS[0]!.version}" … "${LATEST_FORMAT.version}"; is this a checkpoint file?`,
    });
  }
  const raw = (doc as { version: unknown }).version;
  const known = FORMAT_VERSIONS.map((f) => f.version).join(', ');
  if (typeof raw !== 'string') {
    throw new CheckpointError({
      code: 'E_VERSION_UNKNOWN',
      pointer: '/version',
      message: `"version" must be a string such as "${LATEST_FORMAT.version}", but it is ${kindOf(raw)} (${JSON.stringify(raw)})`,
      hint: `known versions: ${known}`,
    });
  }
  const exact = FORMAT_VERSIONS.find((f) => f.version === raw);
  if (exact) return exact;
  // Any number of digits here: "1000000.0" is too new, not garbage, even though no schema can spell it.
  const m = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/.exec(raw);
  const parsed = m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
  const latest = LATEST_FORMAT;
  if (parsed && (parsed.major > latest.major || (parsed.major === latest.major && parsed.minor > latest.minor))) {
    throw new CheckpointError({
      code: 'E_VERSION_TOO_NEW',
      pointer: '/version',
      message: `the document is format ${raw}, newer than ${latest.version}, the newest this reader knows`,
      hint: 'upgrade state-checkpoint to a release that reads this format; never edit the version by hand',
    });
  }
  throw new CheckpointError({
    code: 'E_VERSION_UNKNOWN',
    pointer: '/version',
    message: `"version" is ${JSON.stringify(raw)}, which is not a format version`,
    hint: `known versions: ${known}`,
  });
}
