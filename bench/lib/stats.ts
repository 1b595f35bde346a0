/** min / median / max of a series of measurements (median of an even count: mean of the middle two). */
export interface Summary {
	min: number;
	median: number;
	max: number;
	values: number[];
}

export function summarize(values: readonly number[]): Summary | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return { min: sorted[0]!, median, max: sorted.at(-1)!, values: [...values] };
}

/** Element-wise ratios a[i] / b[i] of measurements taken in the same run; pairs with a missing side are left out. */
export function ratios(a: readonly (number | null)[], b: readonly (number | null)[]): number[] {
	const out: number[] = [];
	a.forEach((value, i) => {
		const base = b[i];
		if (value != null && base != null && base > 0) out.push(value / base);
	});
	return out;
}
