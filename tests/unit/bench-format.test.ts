import { describe, expect, it } from 'vitest';
import { formatBytes, formatMs, formatRatio, formatSummary, markdownTable, mark } from '../../bench/lib/table';
import { summarize } from '../../bench/lib/stats';

describe('bench table', () => {
	it('pads every column to its widest cell', () => {
		const table = markdownTable(['Site', 'Zeit'], [['Böden', '1.0 s'], ['x', '12.3 s']]);
		expect(table.split('\n')).toEqual(['| Site  | Zeit   |', '| ----- | ------ |', '| Böden | 1.0 s  |', '| x     | 12.3 s |']);
	});

	it('formats bytes in SI units', () => {
		expect(formatBytes(999)).toBe('999 B');
		expect(formatBytes(20_000)).toBe('20.0 kB');
		expect(formatBytes(1_066_587)).toBe('1.1 MB');
		expect(formatBytes(2.5e9)).toBe('2.50 GB');
		expect(formatBytes(null)).toBe('n/a');
	});

	it('formats times, ratios and marks', () => {
		expect(formatMs(850.4)).toBe('850 ms');
		expect(formatMs(61_234)).toBe('61.2 s');
		expect(formatRatio(1.5)).toBe('1.50×');
		expect([mark(true), mark(false), mark(null)]).toEqual(['✓', '✗', '–']);
	});

	it('shows min / median / max, or the one value of a single run', () => {
		expect(formatSummary(summarize([3000, 1000, 2000]), formatMs)).toBe('1.0 s / 2.0 s / 3.0 s');
		expect(formatSummary(summarize([1000]), formatMs)).toBe('1.0 s');
		expect(formatSummary(null, formatMs)).toBe('n/a');
	});
});
