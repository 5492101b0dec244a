// Reads the conformance vectors in spec/vectors/ for any runner in this repository: the library runner
// (library.test.ts), the linter (lint.test.ts) and, later, a runner that drives the `ckpt` binary. Each case comes
// with its file, group and a full title, so every runner reports failures the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VersionString } from '../../src/index.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const VECTORS_DIR = join(REPO_ROOT, 'spec', 'vectors');

export type Category = 'validity' | 'identity' | 'upgrade' | 'downgrade' | 'bad-input' | 'source';
export const CATEGORY_FILES: Readonly<Record<Category, string>> = {
  validity: 'validity.json',
  identity: 'identity.json',
  upgrade: 'upgrade.json',
  downgrade: 'downgrade.json',
  'bad-input': 'bad-input.json',
  source: 'finbot.json',
};

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Document = { version: Json; checkpoint_id?: Json; [key: string]: Json | undefined };
export type Version = VersionString;
export interface Step {
  from: Version;
  to: Version;
}

interface CaseBase {
  description: string;
  comment?: string;
}

export interface ValidityCase extends CaseBase {
  document: Document;
  schema_valid: boolean;
  error: null | 'E_SCHEMA' | 'E_SEMANTIC';
}

export interface IdentityCase extends CaseBase {
  scope: 'value' | 'checkpoint';
  value?: Json;
  text?: string;
  canonical: string;
  canonical_hex: string;
  id: string;
}

export interface UpgradeCase extends CaseBase {
  input: Document;
  to: Version;
  steps: Step[];
  output: Document;
  id: string;
}

export interface LossEntry {
  version: Version;
  pointer: string;
  kind: 'dropped' | 'changed' | 'added';
  was?: Json;
  becomes?: Json;
}

export interface DowngradeCase extends CaseBase {
  input: Document;
  to: Version;
  allow_loss: boolean;
  steps?: Step[];
  output?: Document;
  loss: LossEntry[];
  error: null | 'E_DOWNGRADE_LOSS' | 'E_MIGRATION';
}

export interface BadInputCase extends CaseBase {
  hex: string;
  error: string | null;
  id?: string;
}

/** A case of a source format (finbot-execution-1.0.0): a value checked, a file imported, or a document exported. */
export type SourceCase =
  | (CaseBase & { kind: 'validity'; document: Json; schema_valid: boolean; error: string | null; warnings: string[] })
  | (CaseBase & { kind: 'import'; hex: string; zone?: string; error: string | null; output?: Document; id?: string; warnings: string[] })
  | (CaseBase & { kind: 'export'; input: Document; allow_loss: boolean; error: null | 'E_DOWNGRADE_LOSS'; output_hex?: string; loss: LossEntry[] });

interface CaseOf {
  validity: ValidityCase;
  identity: IdentityCase;
  upgrade: UpgradeCase;
  downgrade: DowngradeCase;
  'bad-input': BadInputCase;
  source: SourceCase;
}

export interface Group<C> {
  description: string;
  comment?: string;
  /** validity groups only: the version of every document in the group. */
  version?: Version;
  /** source groups only: the source format of every case. */
  format?: string;
  cases: C[];
}

export interface VectorFile<C> {
  $schema?: string;
  category: Category;
  description: string;
  groups: Group<C>[];
}

/** One case with where it comes from; `title` is unique across all files ("file › group › case"). */
export interface Located<C> {
  readonly file: string;
  readonly group: Group<C>;
  readonly case: C;
  readonly title: string;
}

/** The raw bytes of a vector file (for linters that check the file itself). */
export function vectorFileBytes(category: Category): Buffer {
  return readFileSync(join(VECTORS_DIR, CATEGORY_FILES[category]));
}

export function readVectorFile<K extends Category>(category: K): VectorFile<CaseOf[K]> {
  return JSON.parse(vectorFileBytes(category).toString('utf8')) as VectorFile<CaseOf[K]>;
}

/** Every case of one category, in file order. */
export function loadCases<K extends Category>(category: K): Located<CaseOf[K]>[] {
  const file = CATEGORY_FILES[category];
  return readVectorFile(category).groups.flatMap((group) =>
    group.cases.map((c) => ({ file, group, case: c, title: `${file} › ${group.description} › ${c.description}` })),
  );
}

export function hexToBytes(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) throw new Error(`not lowercase hex pairs: ${hex.slice(0, 40)}`);
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

export function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/** The JSON text of an identity case's input: `text` as given, or `value` written by JSON.stringify. */
export function identityInputText(c: IdentityCase): string {
  return c.text ?? JSON.stringify(c.value);
}

/** A document as file bytes (UTF-8 JSON text), e.g. to hand a document to a command-line tool. */
export function documentBytes(doc: Json | Document): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(doc, null, 2) + '\n');
}

/** The version major of a version string ("3.0" → 3). */
export function majorOf(version: Version): number {
  return Number(version.split('.')[0]);
}
