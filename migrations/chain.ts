// The chain driver: walks migration steps one version at a time, like nbformat's converter and
// Terraform's state upgrader. It owns what every step needs done the same way:
//  - ids: each intermediate and the final document get the id of their own content;
//  - lossless upgrades: whatever the plain inverse of a step would not restore is recorded as an
//    RFC 6902 patch in `legacy`, so downgrading an upgraded document gives back the original exactly;
//  - provenance (unhashed): where a migrated document came from and which steps it went through;
//  - loss reports: a downgrade is lossless exactly when upgrading its result gives back the input, and
//    otherwise the difference is the report.
import { CheckpointError } from '../src/errors/index.js';
import { assertSchema, assertSemantic, checkpointId, formatOf, hashedPart } from '../src/format/index.js';
import { applyPatch, deepCopy, diff, type PatchOp } from '../src/util/json.js';
import { parseVersion } from '../src/format/version-string.js';
import { STEPS } from './steps.js';
import type { Doc, MigrationStep } from './step.js';

export interface MigrationRecord {
  readonly from: string;
  readonly to: string;
}

interface Provenance {
  source_version: string;
  source_id: string;
  source_created_at?: string;
  steps: MigrationRecord[];
}

interface LegacyLayer {
  from: string;
  to: string;
  patch: PatchOp[];
}

export interface LossEntry {
  /** Format version of the document the pointer refers to (the newer side of the step). */
  readonly version: string;
  /** RFC 6901 pointer into that document. */
  readonly pointer: string;
  /** dropped: the value has no place in the older version; changed: it comes back different; added: a value appears. */
  readonly kind: 'dropped' | 'changed' | 'added';
  /** The value before the downgrade (absent for "added"). */
  readonly was?: unknown;
  /** What an upgrade of the downgraded document gives back there (absent for "dropped"). */
  readonly becomes?: unknown;
}

export interface UpgradeResult<T = Doc> {
  readonly document: T;
  /** Steps applied by this call, oldest first. */
  readonly steps: readonly MigrationRecord[];
}

export interface DowngradeResult<T = Doc> {
  readonly document: T;
  readonly steps: readonly MigrationRecord[];
  /** Exactly what did not survive; empty for a lossless downgrade. */
  readonly loss: readonly LossEntry[];
}

function majorOf(doc: Doc): number {
  return parseVersion(String(doc.version))!.major;
}

function withoutProvenance(doc: Doc): Doc {
  const { provenance: _drop, ...rest } = doc;
  return rest;
}

/** Checks a step's output; a failure here is a bug in the step, never the user's input. */
function assertValid(step: MigrationStep, doc: Doc, direction: 'up' | 'down'): void {
  const format = formatOf(majorOf(doc))!;
  try {
    assertSchema(format, doc);
    assertSemantic(format, doc);
  } catch (e) {
    if (!(e instanceof CheckpointError)) throw e;
    throw new CheckpointError(
      {
        code: 'E_MIGRATION',
        ...(e.pointer !== undefined && { pointer: e.pointer }),
        message:
          direction === 'up'
            ? `migration ${step.from} → ${step.to} produced an invalid document: ${e.message}`
            : `the document has no ${step.from} form: downgrading it gives ${e.message}`,
        // An upgrade always has a result (SPEC §14.2, §14.4); some documents have no older form (§14.3, §14.5).
        hint:
          direction === 'up'
            ? 'this is a bug in state-checkpoint; please report it with the input file'
            : `keep the document in format ${step.to}; SPEC §14.3 and §14.5 list the documents that have no older form`,
      },
      e.details.map((d) => ({ ...d, code: 'E_MIGRATION' as const })),
    );
  }
}

function stepUp(step: MigrationStep, older: Doc): Doc {
  const newer = step.up(older);
  if (newer.version !== step.to) throw new CheckpointError({ code: 'E_MIGRATION', message: `migration ${step.from} → ${step.to} did not change the version` });
  const back = step.down({ ...newer, checkpoint_id: '' });
  const patch = diff(hashedPart(back), hashedPart(older));
  if (patch.length > 0) {
    const layers = (newer.legacy as LegacyLayer[] | undefined) ?? [];
    newer.legacy = [...layers, { from: step.from, to: step.to, patch }];
  }
  newer.checkpoint_id = checkpointId(newer);
  return newer;
}

function stepDown(step: MigrationStep, newer: Doc): { older: Doc; loss: LossEntry[] } {
  const layers = (newer.legacy as LegacyLayer[] | undefined) ?? [];
  const top = layers[layers.length - 1];
  const useTop = top !== undefined && top.from === step.from && top.to === step.to;
  const input: Doc = { ...newer };
  if (useTop) {
    if (layers.length > 1) input.legacy = layers.slice(0, -1);
    else delete input.legacy;
  }
  let older = step.down(input);
  if (useTop) older = applyPatch(older, top.patch);
  older.checkpoint_id = idOfDowngraded(step, older);
  assertValid(step, older, 'down');

  const back = stepUp(step, deepCopy(older));
  const ops = diff(hashedPart(newer), hashedPart(back));
  const loss = ops.map((op): LossEntry => {
    const was = valueAt(newer, op.path);
    if (op.op === 'remove') return { version: step.to, pointer: op.path, kind: 'dropped', was };
    if (op.op === 'add') return { version: step.to, pointer: op.path, kind: 'added', becomes: op.value };
    return { version: step.to, pointer: op.path, kind: 'changed', was, becomes: op.value };
  });
  return { older, loss };
}

/**
 * A decimal beyond the largest binary64 becomes Infinity in 1.0, which no JSON text can hold (SPEC §14.3): the
 * document has no older form. That is E_MIGRATION about the input, not E_NUMBER about a value the caller never wrote.
 */
function idOfDowngraded(step: MigrationStep, older: Doc): string {
  try {
    return checkpointId(older);
  } catch (e) {
    if (!(e instanceof CheckpointError) || e.code !== 'E_NUMBER') throw e;
    throw new CheckpointError({
      code: 'E_MIGRATION',
      ...(e.pointer !== undefined && { pointer: e.pointer }),
      message: `the document has no ${step.from} form: the number at ${e.pointer ?? '(root)'} is beyond the largest ${step.from} number`,
      hint: `keep the document in format ${step.to}, or make the value smaller than 1.7976931348623157e308 first`,
    });
  }
}

function valueAt(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    cur = (cur as Record<string, unknown> | undefined)?.[key];
  }
  return cur;
}

/** Appends `steps` to `recorded`, letting each step cancel a recorded step it reverses. */
function cancelSteps(recorded: readonly MigrationRecord[], steps: readonly MigrationRecord[]): MigrationRecord[] {
  const out = [...recorded];
  for (const s of steps) {
    const last = out[out.length - 1];
    if (last && last.from === s.to && last.to === s.from) out.pop();
    else out.push(s);
  }
  return out;
}

function checkTarget(to: number, what: string): void {
  if (!Number.isInteger(to) || !formatOf(to)) {
    throw new CheckpointError({
      code: 'E_ARGUMENT',
      message: `cannot ${what} to format ${String(to)}: known formats are 1 to ${STEPS.length + 1}`,
    });
  }
}

/**
 * Upgrades a valid, verified document to format `to` (default: the latest), one step at a time.
 * The input is not modified.
 */
export function upgrade(document: Doc, to: number = STEPS.length + 1): UpgradeResult {
  checkTarget(to, 'upgrade');
  const from = majorOf(document);
  if (to < from) throw new CheckpointError({ code: 'E_ARGUMENT', message: `cannot upgrade format ${document.version} to the older format ${to}.0; use downgrade` });
  const original = document;
  const prior = original.provenance as Provenance | undefined;
  let cur = withoutProvenance(deepCopy(original));
  const steps: MigrationRecord[] = [];
  for (let major = from; major < to; major++) {
    const step = STEPS[major - 1]!;
    cur = stepUp(step, cur);
    assertValid(step, cur, 'up');
    steps.push({ from: step.from, to: step.to });
  }
  if (steps.length === 0) return { document: deepCopy(original), steps };
  const source = prior ?? { source_version: String(original.version), source_id: String(original.checkpoint_id), steps: [] };
  const sourceCreated = prior ? prior.source_created_at : String(original.created_at);
  // An upgrade that undoes a recorded downgrade cancels it, as a downgrade cancels a recorded upgrade.
  const recorded = cancelSteps(source.steps, steps);
  if (recorded.length === 0) return { document: cur, steps };
  cur.provenance = {
    source_version: source.source_version,
    source_id: source.source_id,
    ...(sourceCreated !== undefined && sourceCreated !== cur.created_at && { source_created_at: sourceCreated }),
    steps: recorded,
  } satisfies Provenance;
  return { document: cur, steps };
}

export interface DowngradeOptions {
  /** When false (the default) a downgrade that would drop data fails with E_DOWNGRADE_LOSS. */
  readonly allowLoss?: boolean;
}

/**
 * Downgrades a valid, verified document to the older format `to`. Lossless unless the report says
 * otherwise; with allowLoss false (default) any loss is refused. The input is not modified.
 */
export function downgrade(document: Doc, to: number, options: DowngradeOptions = {}): DowngradeResult {
  checkTarget(to, 'downgrade');
  const from = majorOf(document);
  if (to > from) throw new CheckpointError({ code: 'E_ARGUMENT', message: `cannot downgrade format ${document.version} to the newer format ${to}.0; use upgrade` });
  const prior = document.provenance as Provenance | undefined;
  let cur = withoutProvenance(deepCopy(document));
  const loss: LossEntry[] = [];
  const steps: MigrationRecord[] = [];
  for (let major = from; major > to; major--) {
    const step = STEPS[major - 2]!;
    const r = stepDown(step, cur);
    loss.push(...r.loss);
    cur = r.older;
    steps.push({ from: step.to, to: step.from });
  }
  if (loss.length > 0 && !options.allowLoss) {
    const first = loss[0]!;
    throw new CheckpointError(
      {
        code: 'E_DOWNGRADE_LOSS',
        pointer: first.pointer,
        message: `downgrading ${String(document.version)} to ${to}.0 would lose data at ${loss.length} place${loss.length > 1 ? 's' : ''}, first at ${first.pointer} (${first.kind})`,
        hint: 'pass allowLoss (CLI: --allow-loss) to accept the loss report, or keep the newer format',
      },
      loss.map((l) => ({ code: 'E_DOWNGRADE_LOSS' as const, pointer: l.pointer, message: `${l.kind} in format ${l.version}` })),
    );
  }
  if (steps.length === 0) return { document: deepCopy(document), steps, loss };
  if (formatOf(to)!.major >= 2) {
    // Undo recorded upgrade steps; record a downgrade that undoes nothing as a step of its own.
    const recorded = cancelSteps(prior ? prior.steps : [], steps);
    if (recorded.length > 0) {
      const source = prior ?? { source_version: String(document.version), source_id: String(document.checkpoint_id) };
      cur.provenance = {
        source_version: source.source_version,
        source_id: source.source_id,
        ...(prior?.source_created_at !== undefined && { source_created_at: prior.source_created_at }),
        steps: recorded,
      } satisfies Provenance;
    } else if (prior?.source_created_at !== undefined) cur.created_at = prior.source_created_at;
  } else if (prior?.source_created_at !== undefined && prior.source_version === `${to}.0` && prior.steps.length === steps.length) {
    cur.created_at = prior.source_created_at;
  }
  return { document: cur, steps, loss };
}
