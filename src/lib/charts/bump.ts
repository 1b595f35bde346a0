import { rankPaths, scales, spreadLabels } from './ranks';

/**
 * Geometry of the bump chart of /zeitleiste/ (components/charts/BumpChart.astro): 360 units wide, so its
 * 12-unit labels stay at least 12 px on a 390 px phone; 10 units per rank; names at the right end, moved
 * apart where ranks are close and joined to their line's last point by a dotted leader.
 */
const WIDTH = 360;
const PER_RANK = 10;
const LABEL_GAP = 13;
/** A generous estimate of a 12-unit label's width (wide fonts such as DejaVu Sans included). */
const labelWidth = (text: string) => text.length * 7 + 4;
const frameOf = (maxRank: number, labels: number) => ({ left: 26, right: WIDTH - labels - 6, top: 36, bottom: 36 + (maxRank - 1) * PER_RANK });
/** Year labels: in full where there is room, else `’20` after the first. */
const yearLabel = (year: number, first: boolean, spacing: number) => (first || spacing >= 34 ? String(year) : `’${String(year).slice(2)}`);

interface Point {
	year: number;
	rank: number;
	derived?: string | undefined;
}

interface Series {
	slug: string;
	city: string;
	path: string;
	points: readonly Point[];
}

export function bumpLayout(series: readonly Series[]) {
	const points = series.flatMap((line) => line.points);
	const years: [number, number] = [Math.min(...points.map((p) => p.year)), Math.max(...points.map((p) => p.year))];
	const maxRank = Math.max(...points.map((p) => p.rank));
	const frame = frameOf(maxRank, Math.max(...series.map((line) => labelWidth(line.city))));
	const scale = scales({ years, ranks: [1, maxRank] }, frame);
	const ends = series.map((line) => line.points.at(-1)!);
	const labelY = spreadLabels(
		ends.map((end) => scale.y(end.rank)),
		LABEL_GAP,
		frame.top,
		frame.bottom + LABEL_GAP * 2,
	);
	const labelX = frame.right + 8;
	const lines = series.map((line, i) => {
		const end = ends[i]!;
		const endX = scale.x(end.year);
		const endY = scale.y(end.rank);
		return {
			slug: line.slug,
			city: line.city,
			path: line.path,
			...rankPaths(line.points, scale),
			points: line.points.map((point) => ({
				year: point.year,
				rank: point.rank,
				x: scale.x(point.year),
				y: scale.y(point.rank),
				derived: point.derived !== undefined,
			})),
			leader: `M${endX + 4} ${endY}L${labelX - 3} ${labelY[i]!}`,
			label: { x: labelX, y: labelY[i]! },
		};
	});
	const rankTicks = [1, ...Array.from({ length: Math.floor(maxRank / 10) }, (_, i) => (i + 1) * 10)].map((rank) => ({ rank, y: scale.y(rank) }));
	const spacing = (frame.right - frame.left) / Math.max(1, years[1] - years[0]);
	const yearTicks = Array.from({ length: years[1] - years[0] + 1 }, (_, i) => years[0] + i).map((year, i) => ({
		year,
		label: yearLabel(year, i === 0, spacing),
		x: scale.x(year),
	}));
	const height = Math.max(frame.bottom, ...labelY) + 16;
	return { width: WIDTH, height, frame, lines, rankTicks, yearTicks };
}
