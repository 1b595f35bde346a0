import { describe, expect, it } from 'vitest';
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
