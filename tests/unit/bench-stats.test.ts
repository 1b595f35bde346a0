import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../bench/lib/options';
import { ratios, summarize } from '../../bench/lib/stats';

describe('bench statistics', () => {
	it('summarizes an odd number of runs', () => {
		expect(summarize([30, 10, 20])).toEqual({ min: 10, median: 20, max: 30, values: [30, 10, 20] });
	});

	it('takes the mean of the middle two for an even number of runs', () => {
		expect(summarize([4, 1, 3, 2])?.median).toBe(2.5);
	});

	it('has no summary without values', () => {
		expect(summarize([])).toBeNull();
	});

	it('divides measurements of the same run and skips failed ones', () => {
		expect(ratios([12, null, 30], [8, 5, 20])).toEqual([1.5, 1.5]);
		expect(ratios([12], [0])).toEqual([]);
	});
});

describe('bench options', () => {
	it('defaults to three runs with everything on', () => {
		expect(parseOptions([])).toEqual({ runs: 3, skipLarge: false, skipLighthouse: false, help: false });
	});

	it('reads --runs, --skip-large and --skip-lighthouse', () => {
		expect(parseOptions(['--runs', '5', '--skip-large', '--skip-lighthouse'])).toMatchObject({ runs: 5, skipLarge: true, skipLighthouse: true });
		expect(parseOptions(['--runs=1']).runs).toBe(1);
	});

	it.each([['0'], ['2.5'], ['drei']])('refuses --runs %s', (runs) => {
		expect(() => parseOptions(['--runs', runs])).toThrow(/--runs/);
	});

	it('refuses unknown options', () => {
		expect(() => parseOptions(['--fast'])).toThrow();
	});
});
