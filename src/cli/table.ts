// Plain-text tables for show and diff: columns padded to their widest cell, numbers right-aligned so decimal
// columns line up by their last digit.

export function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[] = [], indent = '  '): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    indent +
    cells
      .map((c, i) => (right[i] ? c.padStart(widths[i]!) : i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
