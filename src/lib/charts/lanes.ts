/**
 * Geometry of the lane timeline of /zeitleiste/ (components/charts/LaneTimeline.astro): years as rows, lanes
 * as columns, one square per event, wrapping within its cell. SVG user units; the chart is 360 wide, so its
 * 12-unit labels stay at least 12 px on a 390 px phone.
 */
export const WIDTH = 360;
const YEAR_COLUMN = 48;
const UNIT = 9;
const STEP = 11;
const LANE_GAP = 8;
const LINE = 14;
const MIN_ROW = 18;

interface Dated {
	year: number;
}

/** Splits a label into lines of at most `max` characters at spaces. */
export function wrapLabel(label: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of label.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

export function laneLayout<E extends Dated>(lanes: readonly { id: string; label: string; events: readonly E[] }[], start: number) {
	const laneWidth = (WIDTH - YEAR_COLUMN - LANE_GAP * (lanes.length - 1)) / lanes.length;
	const perLine = Math.max(1, Math.floor((laneWidth + STEP - UNIT) / STEP));
	const years = lanes.flatMap((lane) => lane.events.map((event) => event.year));
	const last = Math.max(start, ...years);
	const hasBefore = years.some((year) => year < start);
	const keys = [...(hasBefore ? [start - 1] : []), ...Array.from({ length: last - start + 1 }, (_, i) => start + i)];
	const labels = lanes.map((lane) => wrapLabel(lane.label, Math.floor(laneWidth / 6.6)));
	let y = LINE * Math.max(...labels.map((lines) => lines.length)) + 10;
	const rows = keys.map((key) => {
		const before = key < start;
		const cells = lanes.map((lane, laneIndex) => {
			const events = lane.events.filter((event) => (before ? event.year < start : event.year === key));
			const x0 = YEAR_COLUMN + laneIndex * (laneWidth + LANE_GAP);
			return {
				lane: lane.id,
				units: events.map((event, i) => ({ event, x: x0 + (i % perLine) * STEP, y: y + 4 + Math.floor(i / perLine) * STEP })),
			};
		});
		const lines = Math.max(1, ...cells.map((cell) => Math.ceil(cell.units.length / perLine)));
		const row = { year: key, before, y, cells };
		y += Math.max(MIN_ROW, lines * STEP + 6);
		return row;
	});
	return {
		width: WIDTH,
		height: y,
		unit: UNIT,
		rows,
		line: LINE,
		lanes: lanes.map((lane, i) => ({ id: lane.id, x: YEAR_COLUMN + i * (laneWidth + LANE_GAP), label: labels[i]! })),
	};
}
