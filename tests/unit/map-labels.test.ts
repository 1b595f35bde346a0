import { describe, expect, it } from 'vitest';
import { aroundPoint, placeLabels, type Box } from '../../src/lib/map/labels';
import { declutter } from '../../src/components/map/declutter';
import { createRng } from '../../bench/lib/prng';

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const pairs = <T>(items: readonly T[]) => items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as const));

describe('placeLabels', () => {
	it('takes the first candidate that is free, in priority order', () => {
		const first = aroundPoint(100, 100, 5, 60, 14);
		const second = aroundPoint(200, 100, 5, 60, 14);
		const placed = placeLabels([
			{ candidates: first, data: 'a' },
			{ candidates: second, data: 'b' },
		]);
		// b's right side is free; its left side would cover a's label.
		expect(placed.map((label) => [label.data, label.candidate])).toEqual([
			['a', 0],
			['b', 0],
		]);
		const blocked = placeLabels([
			{ candidates: first, data: 'a' },
			{ candidates: aroundPoint(150, 100, 5, 60, 14), data: 'b' },
		]);
		// Too close to a: every side of b would touch a's label, so b gives way.
		expect(blocked.map((label) => [label.data, label.candidate])).toEqual([['a', 0]]);
		expect(overlap(placed[0]!.box, placed[1]!.box)).toBe(false);
	});

	it('falls back to the next candidate, and drops a label with no free candidate', () => {
		const obstacle = { x: 105, y: 90, width: 80, height: 20 };
		const [label] = placeLabels([{ candidates: aroundPoint(100, 100, 5, 60, 14), data: 'a' }], { obstacles: [obstacle] });
		expect(label?.candidate).toBe(1);
		expect(placeLabels([{ candidates: [{ x: 110, y: 95, width: 10, height: 10 }], data: 'b' }], { obstacles: [obstacle] })).toEqual([]);
	});

	it('keeps labels inside the bounds', () => {
		const placed = placeLabels([{ candidates: aroundPoint(5, 50, 5, 60, 14), data: 'edge' }], { bounds: { x: 0, y: 0, width: 200, height: 100 } });
		expect(placed[0]?.candidate).toBe(0);
		expect(placeLabels([{ candidates: [{ x: -5, y: 0, width: 20, height: 10 }], data: 'out' }], { bounds: { x: 0, y: 0, width: 200, height: 100 } })).toEqual(
			[],
		);
	});

	it('places thousands of labels without any two overlapping each other or an obstacle', () => {
		const rng = createRng(16);
		const random = () => rng.next();
		const points = Array.from({ length: 3000 }, () => ({ x: random() * 1200, y: random() * 800 }));
		const obstacles = points.slice(0, 200).map(({ x, y }) => ({ x: x - 12, y: y - 12, width: 24, height: 24 }));
		const placed = placeLabels(
			points.map((point, index) => ({ candidates: aroundPoint(point.x, point.y, 12, 40 + (index % 5) * 12, 15), data: index })),
			{ obstacles, bounds: { x: 0, y: 0, width: 1200, height: 800 }, padding: 0 },
		);
		expect(placed.length).toBeGreaterThan(100);
		expect(pairs(placed.map((label) => label.box)).filter(([a, b]) => overlap(a, b))).toEqual([]);
		expect(placed.flatMap((label) => obstacles.filter((obstacle) => overlap(label.box, obstacle)))).toEqual([]);
	});
});

describe('declutter', () => {
	it('moves marks of different sizes apart until none overlaps, and leaves free ones alone', () => {
		const marks = [
			{ x: 0, y: 0, size: 24 },
			{ x: 5, y: 2, size: 30 },
			{ x: 8, y: -3, size: 24 },
			{ x: 300, y: 300, size: 24 },
		];
		const placed = declutter(marks, 3);
		const boxes = placed.map((point, i) => ({
			x: point.x - marks[i]!.size / 2,
			y: point.y - marks[i]!.size / 2,
			width: marks[i]!.size,
			height: marks[i]!.size,
		}));
		expect(pairs(boxes).filter(([a, b]) => overlap(a, b))).toEqual([]);
		expect(placed[3]).toEqual({ x: 300, y: 300 });
		expect(declutter(marks, 3)).toEqual(placed);
	});

	it('copes with two thousand marks', () => {
		const rng = createRng(2061);
		const random = () => rng.next();
		const marks = Array.from({ length: 2061 }, () => ({ x: random() * 4000, y: random() * 3000, size: 24 }));
		const placed = declutter(marks, 3);
		const boxes = placed.map((point) => ({ x: point.x - 12, y: point.y - 12, width: 24, height: 24 }));
		expect(pairs(boxes).filter(([a, b]) => overlap(a, b))).toEqual([]);
	});
});
