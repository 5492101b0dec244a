// Export to a source format (finbot ExecutionCheckpoint 1.0.0): the latest format's document written as finbot
// writes it. A document imported from finbot gives back the file's bytes (its legacy layer, positions order and
// line ends); any other gets finbot's defaults, and a loss report computed as the chain driver computes every
// downgrade's: what an import of the result would not give back (SPEC §14.8).
import { CheckpointError } from '../errors/index.js';
import { hashedPart, type Checkpoint } from '../format/index.js';
import { downgrade, type LossEntry, type MigrationRecord } from '../../migrations/index.js';
import { diff } from '../util/json.js';
import { exportValue, renderFinbot } from '../sources/finbot/export.js';
import { FINBOT_ENTERS_AT, FINBOT_FORMAT, type FinbotExecutionCheckpoint } from '../sources/finbot/format.js';
import { importFinbot } from '../sources/finbot/import.js';

export interface SourceExport {
  /** finbot's value. */
  readonly document: FinbotExecutionCheckpoint;
  /** finbot's file, byte for byte (pure ASCII). */
  readonly text: string;
  readonly steps: readonly MigrationRecord[];
  /** Exactly what finbot cannot hold; empty for a document imported from finbot. */
  readonly loss: readonly LossEntry[];
}

function valueAt(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) cur = (cur as Record<string, unknown> | undefined)?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  return cur;
}

/** Exports a verified latest-format checkpoint; refuses a lossy export unless allowLoss. */
export function exportToFinbot(latest: Checkpoint, options: { readonly allowLoss?: boolean } = {}): SourceExport {
  // The mapping reads the version the import writes; a later one gets there through the chain, and what that
  // downgrade drops is part of the loss report (it refuses on its own without allowLoss).
  const chain = latest.version === FINBOT_ENTERS_AT ? undefined : downgrade(latest as unknown as Record<string, unknown>, FINBOT_ENTERS_AT, options);
  const checkpoint = (chain?.document ?? latest) as unknown as Checkpoint;
  const n = checkpoint as unknown as Record<string, unknown>;
  const exported = exportValue(n);
  const text = renderFinbot(exported);
  const provenance = n.provenance as { source_version?: string; assumed_zone?: string } | undefined;
  const fromFinbot = provenance?.source_version === FINBOT_FORMAT;
  // Lineage is not in a finbot file but in its folder (ckpt import): an imported document keeps it on the way back.
  const back = importFinbot(exported.value, {
    ...(provenance?.assumed_zone !== undefined && { zone: provenance.assumed_zone }),
    ...(fromFinbot && { sequence: checkpoint.sequence, parentId: checkpoint.parent_id }),
    positionsOrder: exported.positionsOrder,
    newline: exported.newline,
  });
  const loss = diff(hashedPart(n), hashedPart(back)).map((op): LossEntry => {
    const was = valueAt(n, op.path);
    if (op.op === 'remove') return { version: checkpoint.version, pointer: op.path, kind: 'dropped', was };
    if (op.op === 'add') return { version: checkpoint.version, pointer: op.path, kind: 'added', becomes: op.value };
    return { version: checkpoint.version, pointer: op.path, kind: 'changed', was, becomes: op.value };
  });
  if (loss.length > 0 && options.allowLoss !== true) {
    const first = loss[0]!;
    throw new CheckpointError(
      {
        code: 'E_DOWNGRADE_LOSS',
        pointer: first.pointer,
        message: `exporting ${checkpoint.version} to ${FINBOT_FORMAT} would lose data at ${loss.length} place${loss.length > 1 ? 's' : ''}, first at ${first.pointer} (${first.kind})`,
        hint: 'pass allowLoss (CLI: --allow-loss) to accept the loss report, or keep the checkpoint in this format',
      },
      loss.map((l) => ({ code: 'E_DOWNGRADE_LOSS' as const, pointer: l.pointer, message: `${l.kind} in format ${l.version}` })),
    );
  }
  return {
    document: exported.value,
    text,
    steps: [...(chain?.steps ?? []), { from: checkpoint.version, to: FINBOT_FORMAT }],
    loss: [...(chain?.loss ?? []), ...loss],
  };
}
