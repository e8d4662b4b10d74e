/** Plain-text table with columns padded to their widest cell, for the terminal. */
export function renderTable(
	header: readonly string[],
	rows: readonly (readonly string[])[]
): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: readonly string[]) =>
		widths
			.map((w, i) => (cells[i] ?? '').padEnd(w))
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
