export interface Point {
	x: number;
	y: number;
}

/**
 * Moves square markers of `size` pixels (centred on the points) apart until no two overlap, each by as little as
 * needed: overlapping pairs are pushed apart along the axis where they overlap least. Dense regions (the Ruhr area
 * at a zoom that shows all of Germany on a phone) thus spread out instead of covering each other, so every marker
 * keeps a free target of at least `size` × `size` pixels (WCAG 2.5.8). Deterministic; the input is not changed.
 */
export function declutter(points: readonly Point[], size: number, rounds = 300): Point[] {
	const placed = points.map(({ x, y }) => ({ x, y }));
	for (let round = 0; round < rounds; round++) {
		let moved = false;
		for (const [i, a] of placed.entries()) {
			for (const [j, b] of placed.entries()) {
				if (j <= i) continue;
				const dx = b.x - a.x;
				const dy = b.y - a.y;
				const overlapX = size - Math.abs(dx);
				const overlapY = size - Math.abs(dy);
				if (overlapX <= 0 || overlapY <= 0) continue;
				moved = true;
				// Equal points have no direction yet: spread them by index so the result does not depend on chance.
				const alongX = overlapX < overlapY || (overlapX === overlapY && (i + j) % 2 === 0);
				const push = (alongX ? overlapX : overlapY) / 2 + 0.01;
				const sign = (alongX ? dx : dy) < 0 ? -1 : 1;
				if (alongX) {
					a.x -= sign * push;
					b.x += sign * push;
				} else {
					a.y -= sign * push;
					b.y += sign * push;
				}
			}
		}
		if (!moved) break;
	}
	return placed;
}
