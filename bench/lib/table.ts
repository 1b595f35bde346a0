import type { Summary } from './stats';

/** A Markdown table with padded columns, readable as plain text in a terminal. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const width = (text: string) => [...text].length;
	const widths = header.map((cell, i) => Math.max(3, width(cell), ...rows.map((row) => width(row[i] ?? ''))));
	const line = (cells: readonly string[]) => `| ${widths.map((w, i) => (cells[i] ?? '') + ' '.repeat(w - width(cells[i] ?? ''))).join(' | ')} |`;
	return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Bytes in SI units (1 kB = 1,000 B), as the budgets are written. */
export function formatBytes(bytes: number | null | undefined): string {
	if (bytes == null) return 'n/a';
	if (bytes < 1000) return `${bytes} B`;
	if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
	if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
	return `${(bytes / 1e9).toFixed(2)} GB`;
}

export function formatMs(ms: number | null | undefined): string {
	if (ms == null) return 'n/a';
	return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export const formatRatio = (ratio: number | null | undefined) => (ratio == null ? 'n/a' : `${ratio.toFixed(2)}×`);

/** `min / median / max` of a summary, each formatted. */
export function formatSummary(summary: Summary | null | undefined, format: (value: number) => string): string {
	if (!summary) return 'n/a';
	return summary.values.length === 1 ? format(summary.median) : `${format(summary.min)} / ${format(summary.median)} / ${format(summary.max)}`;
}

export const mark = (pass: boolean | null) => (pass === null ? '–' : pass ? '✓' : '✗');
