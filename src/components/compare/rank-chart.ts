import { compareStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { domainOf, rankPaths, scales, spreadLabels } from '../../lib/charts/ranks';
import type { CompareCity } from '../../lib/facts/compare-data';

const t = translator(compareStrings);
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 360;
const HEIGHT = 200;
const FRAME = { left: 30, right: WIDTH - 110, top: 28, bottom: HEIGHT - 14 };
/** Each city its own line and mark, so no city depends on colour: solid/circle, dashed/square, dotted/triangle, dash-dot/diamond. */
const DASHES = ['', '7 4', '2 3', '9 3 2 3'];
const MARKS = [
	(x: number, y: number) => `M${x - 4} ${y}a4 4 0 1 0 8 0a4 4 0 1 0 -8 0`,
	(x: number, y: number) => `M${x - 3.5} ${y - 3.5}h7v7h-7z`,
	(x: number, y: number) => `M${x} ${y - 4.5}l4.5 8h-9z`,
	(x: number, y: number) => `M${x} ${y - 5}l5 5l-5 5l-5 -5z`,
];

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
	const node = document.createElementNS(SVG, tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
	if (text !== undefined) node.textContent = text;
	return node;
}

/** The rank lines of the chosen cities in one chart (rank 1 on top), or null when none has a rank. */
export function rankChart(cities: readonly CompareCity[]): { chart: SVGSVGElement; label: string } | null {
	const series = cities.map((city) => city.ranks.map(([year, rank]) => ({ year, rank })));
	if (series.every((points) => points.length === 0)) return null;
	const domain = domainOf(
		series.filter((points) => points.length > 0),
		1,
	);
	const scale = scales(domain, FRAME);
	const label = t(
		'compare.rankSummary',
		cities.map((city, i) => t('compare.rankCity', city.name, series[i]!.map((point) => t('compare.rankPoint', point.year, point.rank)).join(', '))).join(' '),
	);
	const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': label });
	const [r0, r1] = domain.ranks;
	const step = Math.max(1, Math.ceil((r1 - r0) / 5));
	for (let rank = r0; rank <= r1; rank += step) {
		chart.append(svg('line', { x1: FRAME.left, x2: FRAME.right, y1: scale.y(rank), y2: scale.y(rank), class: 'grid' }));
		chart.append(svg('text', { x: FRAME.left - 6, y: scale.y(rank) + 4, 'text-anchor': 'end', class: 'tick' }, String(rank)));
	}
	for (let year = domain.years[0]; year <= domain.years[1]; year++) {
		chart.append(svg('text', { x: scale.x(year), y: FRAME.top - 12, 'text-anchor': 'middle', class: 'tick' }, String(year)));
	}
	const ends = series.map((points) => points.at(-1));
	const labels = spreadLabels(
		ends.map((end) => (end ? scale.y(end.rank) : FRAME.top)),
		14,
		FRAME.top,
		HEIGHT - 4,
	);
	series.forEach((points, i) => {
		if (points.length === 0) return;
		const group = svg('g', { 'data-city': cities[i]!.slug });
		const { solid, gaps } = rankPaths(points, scale);
		const style = { class: `line series-${i}`, ...(DASHES[i] && { 'stroke-dasharray': DASHES[i] }) };
		if (solid) group.append(svg('path', { d: solid, ...style }));
		if (gaps) group.append(svg('path', { d: gaps, ...style, opacity: 0.45 }));
		for (const point of points) group.append(svg('path', { d: MARKS[i]!(scale.x(point.year), scale.y(point.rank)), class: `mark series-${i}` }));
		group.append(svg('text', { x: FRAME.right + 10, y: labels[i]! + 4, class: 'name' }, cities[i]!.name));
		chart.append(group);
	});
	return { chart, label };
}
