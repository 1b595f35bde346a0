export interface Point {
	x: number;
	y: number;
}

export interface Mark extends Point {
	/** Width and height of the square mark, in pixels. */
	size: number;
}

/**
 * Moves square marks (centred on their points) apart until no two overlap, each by as little as needed: overlapping
 * pairs are pushed apart along the axis where they overlap least, keeping `gap` pixels between them. Dense regions
 * thus spread out instead of covering each other, so every marker keeps a free target of at least its size
 * (WCAG 2.5.8). A grid finds the neighbours, so thousands of marks stay cheap. Deterministic; the input is not changed.
 */
export function declutter(marks: readonly Mark[], gap = 3, rounds = 100): Point[] {
	const placed = marks.map(({ x, y }) => ({ x, y }));
	const cell = Math.max(1, ...marks.map((mark) => mark.size)) + gap;
	const grid = new Map<number, number[]>();
	// Cells as one number: column and row, each offset to stay positive within ±2^20 cells.
	const key = (x: number, y: number) => (Math.floor(x / cell) + 1048576) * 2097152 + Math.floor(y / cell) + 1048576;
	for (let round = 0; round < rounds; round++) {
		grid.clear();
		placed.forEach(({ x, y }, index) => {
			const at = key(x, y);
			const members = grid.get(at);
			if (members) members.push(index);
			else grid.set(at, [index]);
		});
		let moved = false;
		for (const [i, a] of placed.entries()) {
			const home = key(a.x, a.y);
			for (const offset of NEIGHBOURS) {
				for (const j of grid.get(home + offset) ?? []) {
					if (j <= i) continue;
					moved = push(a, placed[j]!, (marks[i]!.size + marks[j]!.size) / 2 + gap, i + j) || moved;
				}
			}
		}
		if (!moved) break;
	}
	return placed;
}

/** The offsets of a cell's key to its own and its eight neighbours' keys. */
const NEIGHBOURS = [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => dx * 2097152 + dy));

/** Pushes two overlapping marks apart (both by half); false when they do not overlap. */
function push(a: Point, b: Point, space: number, parity: number): boolean {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const overlapX = space - Math.abs(dx);
	const overlapY = space - Math.abs(dy);
	if (overlapX <= 0 || overlapY <= 0) return false;
	// Equal points have no direction yet: spread them by index so the result does not depend on chance.
	const alongX = overlapX < overlapY || (overlapX === overlapY && parity % 2 === 0);
	const amount = (alongX ? overlapX : overlapY) / 2 + 0.01;
	const sign = (alongX ? dx : dy) < 0 ? -1 : 1;
	if (alongX) {
		a.x -= sign * amount;
		b.x += sign * amount;
	} else {
		a.y -= sign * amount;
		b.y += sign * amount;
	}
	return true;
}
