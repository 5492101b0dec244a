// The table of commands: name, group and one-line summary. Loading is separate (main.ts for the unbundled build,
// one bundle per command for the installed program), so only the command that runs is ever loaded.

export interface CommandEntry {
  readonly name: string;
  readonly group: 'Checking' | 'Converting' | 'Inspecting' | 'Registry' | 'Schemas';
  readonly summary: string;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'validate', group: 'Checking', summary: 'check checkpoint files: schema, id and consistency, with line and column' },
  { name: 'hash', group: 'Checking', summary: "print a checkpoint's id, computed from its content as the spec defines it" },
  { name: 'canon', group: 'Checking', summary: 'print the RFC 8785 canonical bytes of any JSON text' },
  { name: 'upgrade', group: 'Converting', summary: 'upgrade checkpoints to a newer format version (atomically in place, or to a new file)' },
  { name: 'downgrade', group: 'Converting', summary: 'downgrade a checkpoint to an older format version and report what is lost' },
  { name: 'show', group: 'Inspecting', summary: 'summarize a checkpoint: run, time, cash, positions, open orders, fills' },
  { name: 'diff', group: 'Inspecting', summary: 'what changed between two checkpoints: positions, cash, orders, strategy state' },
  { name: 'save', group: 'Registry', summary: 'store checkpoint files in a registry (verified, upgraded, indexed)' },
  { name: 'import', group: 'Registry', summary: "import a folder of finbot checkpoints into a registry: one run per simulator, chained in time order" },
  { name: 'ls', group: 'Registry', summary: 'list the checkpoints of a registry, filtered by run, strategy and time' },
  { name: 'latest', group: 'Registry', summary: 'print the newest checkpoint of a run or strategy (the one to resume from)' },
  { name: 'rm', group: 'Registry', summary: 'delete checkpoints from a registry by id' },
  { name: 'gc', group: 'Registry', summary: 'apply a retention policy to a registry (--dry-run prints the plan)' },
  { name: 'fsck', group: 'Registry', summary: 'verify every checkpoint of a registry, quarantine corrupt ones, repair the index' },
  { name: 'schema', group: 'Schemas', summary: 'print the JSON Schema of a format version (for editors and other tools)' },
  { name: 'versions', group: 'Schemas', summary: 'list the format versions this ckpt reads and writes, with their schema $ids' },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
