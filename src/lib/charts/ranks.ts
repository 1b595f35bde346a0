/**
 * Geometry of rank charts (rank 1 on top): the bump chart of /zeitleiste/, the rank chart of /vergleich/
 * and the sparkline of the fact box. Pure and free of imports, so the comparison's browser script can use
 * it too. Coordinates are SVG user units.
 */

export interface RankValue {
	year: number;
	rank: number;
}

export interface Frame {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface Domain {
	years: [number, number];
	ranks: [number, number];
}

/** Year and rank ranges of some series, ranks widened by `pad` on both ends (never below 1). */
export function domainOf(series: readonly (readonly RankValue[])[], pad = 0): Domain {
	const points = series.flat();
	const years = points.map((point) => point.year);
	const ranks = points.map((point) => point.rank);
	return {
		years: [Math.min(...years), Math.max(...years)],
		ranks: [Math.max(1, Math.min(...ranks) - pad), Math.max(...ranks) + pad],
	};
}

/** Maps years to x and ranks to y (rank 1, the best, at the top). */
export function scales(domain: Domain, frame: Frame) {
	const [y0, y1] = domain.years;
	const [r0, r1] = domain.ranks;
	const x = (year: number) => (y1 === y0 ? (frame.left + frame.right) / 2 : frame.left + ((year - y0) / (y1 - y0)) * (frame.right - frame.left));
	const y = (rank: number) => (r1 === r0 ? (frame.top + frame.bottom) / 2 : frame.top + ((rank - r0) / (r1 - r0)) * (frame.bottom - frame.top));
	return { x, y };
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The line through a city's ranks as SVG path data: `solid` joins ranks of consecutive years, `gaps`
 * (drawn dashed) bridges years without a rank, so a missing year never looks like a measured one.
 */
export function rankPaths(points: readonly RankValue[], scale: ReturnType<typeof scales>): { solid: string; gaps: string } {
	const sorted = [...points].sort((a, b) => a.year - b.year);
	let solid = '';
	let gaps = '';
	sorted.forEach((point, i) => {
		const at = `${round(scale.x(point.year))} ${round(scale.y(point.rank))}`;
		const previous = sorted[i - 1];
		if (!previous) return;
		const from = `M${round(scale.x(previous.year))} ${round(scale.y(previous.rank))}`;
		if (point.year - previous.year === 1) solid += `${from}L${at}`;
		else gaps += `${from}L${at}`;
	});
	return { solid, gaps };
}

/**
 * Moves labels apart: given wanted positions, returns positions at least `gap` apart, in the same order,
 * kept within [min, max] where possible, each as close to its wish as the others allow.
 */
export function spreadLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
	const order = wanted.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value || a.index - b.index);
	const placed = order.map(({ value }) => Math.max(min, value));
	for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + gap);
	// Pushed past the bottom: shift the run back up as far as the top allows.
	const overflow = placed.length > 0 ? placed.at(-1)! - max : 0;
	if (overflow > 0) {
		for (let i = placed.length - 1; i >= 0; i--) {
			const limit = i === placed.length - 1 ? max : placed[i + 1]! - gap;
			placed[i] = Math.max(min, Math.min(placed[i]!, limit));
		}
	}
	const result = new Array<number>(wanted.length);
	order.forEach(({ index }, i) => (result[index] = placed[i]!));
	return result;
}
