// Version detection: the first thing a reader does with a parsed document. It reads only `version`, and
// distinguishes "no version", "not a version", "too new" and "unknown", because each needs a different fix.
import { CheckpointError } from '../errors/index.js';
import { FORMAT_VERSIONS, LATEST_FORMAT, type FormatVersion } from './versions.js';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Members every format version has; an object with none of them is some other kind of JSON file. */
const CHECKPOINT_MEMBERS = ['checkpoint_id', 'strategy_name', 'portfolio_state', 'order_state', 'strategy_state'] as const;

/**
 * A package.json or tsconfig.json is not a checkpoint with a bad version: say so rather than invite an edit of
 * its version. (A version newer than this reader knows is reported as too new whatever else the document holds.)
 */
function notACheckpoint(doc: object): CheckpointError | undefined {
  if (CHECKPOINT_MEMBERS.some((m) => Object.hasOwn(doc, m))) return undefined;
  return new CheckpointError({
    code: Object.hasOwn(doc, 'version') ? 'E_VERSION_UNKNOWN' : 'E_VERSION_MISSING',
    pointer: '',
    message: `this does not look like a checkpoint file: it has none of the members a checkpoint has (${CHECKPOINT_MEMBERS.join(', ')})`,
    hint: 'check that this is the file you meant; checkpoint files are written by createCheckpoint or a registry',
  });
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
    throw notACheckpoint(doc) ?? new CheckpointError({
      code: 'E_VERSION_MISSING',
      pointer: '',
      message: 'the document has no "version" member, so its format cannot be told',
      hint: `checkpoints carry "version": "${FORMAT_VERSIONS[0]!.version}" … "${LATEST_FORMAT.version}"; is this a checkpoint file?`,
    });
  }
  const raw = (doc as { version: unknown }).version;
  const known = FORMAT_VERSIONS.map((f) => f.version).join(', ');
  if (typeof raw !== 'string') {
    throw notACheckpoint(doc) ?? new CheckpointError({
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
  throw notACheckpoint(doc) ?? new CheckpointError({
    code: 'E_VERSION_UNKNOWN',
    pointer: '/version',
    message: `"version" is ${JSON.stringify(raw)}, which is not a format version`,
    hint: `known versions: ${known}`,
  });
}
