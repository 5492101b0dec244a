// The conformance vectors (spec/vectors/) run through the ckpt binary: validate gives every validity and
// bad-input verdict, hash every checkpoint id, canon every canonical text, upgrade and downgrade every
// migration with its loss report. Files are batched so that a whole category costs one or a few processes.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalString } from '../../src/index.js';
import { documentBytes, hexToBytes, identityInputText, loadCases, majorOf } from '../vectors/load-vectors.js';
import { BIN, ckpt, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('ckpt-vectors-')));
afterAll(() => cleanup());

interface FileReport {
  path: string;
  valid: boolean;
  id: string | null;
  errors: { code: string }[];
}

/** Writes one file per case into a fresh folder and validates the folder with one ckpt process. */
function validateAll(name: string, files: Uint8Array[]): Map<string, FileReport> {
  const folder = join(dir, name);
  mkdirSync(folder);
  files.forEach((bytes, i) => writeFileSync(join(folder, `case-${String(i).padStart(3, '0')}.json`), bytes));
  const r = ckpt(['validate', '--format', 'json', name], { cwd: dir });
  const out = JSON.parse(r.stdout) as { files: FileReport[] };
  return new Map(out.files.map((f) => [f.path, f]));
}

const caseFile = (name: string, i: number): string => `${name}/case-${String(i).padStart(3, '0')}.json`;

describe('validity vectors through ckpt validate', () => {
  const cases = loadCases('validity');
  let reports: Map<string, FileReport>;
  beforeAll(
    () =>
      (reports = validateAll(
        'validity',
        cases.map((c) => documentBytes(c.case.document)),
      )),
  );
  cases.forEach(({ case: c, title }, i) => {
    it(title, () => {
      const r = reports.get(caseFile('validity', i))!;
      expect(r.valid).toBe(c.error === null);
      expect([...new Set(r.errors.map((e) => e.code))]).toEqual(c.error === null ? [] : [c.error]);
    });
  });
});

describe('bad-input vectors through ckpt validate', () => {
  const cases = loadCases('bad-input');
  let reports: Map<string, FileReport>;
  beforeAll(
    () =>
      (reports = validateAll(
        'bad-input',
        cases.map((c) => hexToBytes(c.case.hex)),
      )),
  );
  cases.forEach(({ case: c, title }, i) => {
    it(title, () => {
      const r = reports.get(caseFile('bad-input', i))!;
      expect(r.valid).toBe(c.error === null);
      if (c.error === null) {
        if (c.id !== undefined) expect(r.id).toBe(c.id);
      } else expect(r.errors[0]!.code).toBe(c.error);
    });
  });
});

/** Runs ckpt without blocking, so the canon cases can use both cores. */
function run(args: string[], input: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(chunks)));
    child.stdin.end(input);
  });
}

describe('identity vectors through ckpt canon and ckpt hash', () => {
  const cases = loadCases('identity');
  const canon = new Map<string, Buffer>();
  let hashes: string[];
  const checkpoints = cases.filter((c) => c.case.scope === 'checkpoint');
  beforeAll(async () => {
    const values = cases.filter((c) => c.case.scope === 'value');
    for (let i = 0; i < values.length; i += 4) {
      await Promise.all(values.slice(i, i + 4).map(async (c) => canon.set(c.title, await run(['canon', '-'], identityInputText(c.case)))));
    }
    const folder = join(dir, 'identity');
    mkdirSync(folder);
    const paths = checkpoints.map((c, i) => {
      const p = join(folder, `case-${i}.json`);
      writeFileSync(p, identityInputText(c.case));
      return p;
    });
    hashes = ckpt(['hash', ...paths])
      .stdout.trimEnd()
      .split('\n');
  });
  for (const { case: c, title } of cases) {
    it(title, () => {
      if (c.scope === 'value') {
        const bytes = canon.get(title)!;
        expect(bytes.toString('hex')).toBe(c.canonical_hex);
        expect(bytes.toString('utf8')).toBe(c.canonical);
      } else {
        const i = checkpoints.findIndex((x) => x.title === title);
        expect(hashes[i]).toBe(`${c.id}  ${join(dir, 'identity', `case-${i}.json`)}`);
      }
    });
  }
});

describe('upgrade vectors through ckpt upgrade', () => {
  const cases = loadCases('upgrade');
  beforeAll(() => {
    for (const to of [...new Set(cases.map((c) => c.case.to))]) {
      const folder = join(dir, `upgrade-${to}`);
      mkdirSync(join(folder, 'out'), { recursive: true });
      const files = cases.flatMap((c, i) => (c.case.to === to ? [join(folder, `case-${i}.json`)] : []));
      for (const f of files) writeFileSync(f, documentBytes(cases[Number(/case-([0-9]+)/.exec(f)![1])]!.case.input));
      ckpt(['upgrade', '--to', to, '-q', '-o', join(folder, 'out'), ...files]);
    }
  });
  cases.forEach(({ case: c, title }, i) => {
    it(title, () => {
      const out = JSON.parse(readFileSync(join(dir, `upgrade-${c.to}`, 'out', `case-${i}.json`), 'utf8')) as Record<string, unknown>;
      expect(canonicalString(out)).toBe(canonicalString(c.output));
      expect(out.checkpoint_id).toBe(c.id);
    });
  });
});

describe('downgrade vectors through ckpt downgrade', () => {
  const cases = loadCases('downgrade');
  const stderr = new Map<string, string>();
  beforeAll(() => {
    const batches = [...new Set(cases.map((c) => `${c.case.to}|${c.case.allow_loss}`))];
    for (const batch of batches) {
      const [to, allow] = batch.split('|') as [string, string];
      const folder = join(dir, `downgrade-${to}-${allow}`);
      mkdirSync(join(folder, 'out'), { recursive: true });
      const files = cases.flatMap((c, i) => (`${c.case.to}|${c.case.allow_loss}` === batch ? [i] : []));
      for (const i of files) writeFileSync(join(folder, `case-${i}.json`), documentBytes(cases[i]!.case.input));
      const r = ckpt(
        [
          'downgrade',
          '--to',
          String(majorOf(to as '1.0')),
          ...(allow === 'true' ? ['--allow-loss'] : []),
          '-q',
          '-o',
          'out',
          ...files.map((i) => `case-${i}.json`),
        ],
        {
          cwd: folder,
        },
      );
      stderr.set(batch, r.stderr);
    }
  });
  cases.forEach(({ case: c, title }, i) => {
    it(title, () => {
      const folder = join(dir, `downgrade-${c.to}-${c.allow_loss}`);
      const err = stderr.get(`${c.to}|${c.allow_loss}`)!;
      // The loss report of this file: its header line, then one "  kind  pointer  …" line per entry.
      const block = new RegExp(`^case-${i}\\.json: downgrading .*\\n((?:  .*\\n)*)`, 'm').exec(err);
      const pointers = block ? [...block[1]!.matchAll(/^ {2}(dropped|changed|added) +(\S+)/gm)].map((m) => `${m[1]} ${m[2]}`) : [];
      expect(pointers).toEqual(c.loss.map((l) => `${l.kind} ${l.pointer}`));
      if (c.error === null) {
        const out = JSON.parse(readFileSync(join(folder, 'out', `case-${i}.json`), 'utf8')) as object;
        expect(canonicalString(out)).toBe(canonicalString(c.output));
      } else {
        expect(err).toMatch(new RegExp(`^ckpt downgrade: case-${i}\\.json:[0-9]+:[0-9]+: error ${c.error}: `, 'm'));
      }
    });
  });
});
