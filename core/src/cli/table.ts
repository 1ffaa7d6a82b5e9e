/** Plain-text tables for the terminal: left-aligned text, right-aligned numbers. */
export type TableCell = string | number | null;

export function renderTable(headers: readonly string[], rows: readonly TableCell[][]): string {
  const text = (cell: TableCell) => (cell === null ? '–' : String(cell));
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => text(row[i] ?? null).length)));
  const line = (cells: readonly TableCell[], header: boolean) =>
    cells
      .map((cell, i) => {
        const value = text(cell);
        const width = widths[i]!;
        return !header && typeof cell === 'number' ? value.padStart(width) : value.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers, true), rule, ...rows.map((row) => line(row, false))].join('\n');
}
