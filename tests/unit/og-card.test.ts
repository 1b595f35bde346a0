import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardPng, type Card } from '../../src/lib/og/card';
import { wrap } from '../../src/lib/og/font';
import { renderInBackground } from '../../src/lib/og/render-pool';
import { OG_IMAGE_SIZE } from '../../src/lib/og/size';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { signature: [...png.slice(1, 4)].map((code) => String.fromCharCode(code)).join(''), width: view.getUint32(16), height: view.getUint32(20) };
};

const cards: Card[] = [
	{
		kicker: 'Porträt · Bayern',
		title: 'Neustadt an der Aisch',
		lines: ['Digitale Agenda: beschlossen (2021)'],
		footer: 'Themen: Mobilität',
		marker: '#1c6b3a',
	},
	{ kicker: 'Thema', title: 'Energie & Umwelt', lines: ['12 Städte', '30 Projekte'] },
];

describe('share image cards', () => {
	it('wraps at spaces within the width and ends the last allowed line in an ellipsis', () => {
		const measure = (text: string) => text.length * 10;
		expect(wrap(measure, 'eins zwei drei vier', 100, 3)).toEqual(['eins zwei', 'drei vier']);
		expect(wrap(measure, 'eins zwei drei vier fünf sechs', 100, 2)).toEqual(['eins zwei', 'drei …']);
		expect(wrap(measure, 'Donaudampfschifffahrt', 100, 1)).toEqual(['Donaudampfschifffahrt']);
	});

	it('is a PNG of the share image size', async () => {
		expect(pngSize(await cardPng(cards[0]!))).toEqual({ signature: 'PNG', ...OG_IMAGE_SIZE });
	});

	it('comes out of the worker process exactly as drawn in this one', async () => {
		const drawing = renderInBackground(new Map(cards.map((card, index) => [`card-${index}`, card])))!;
		expect(drawing.png('card-9')).toBeUndefined();
		for (const [index, card] of cards.entries()) expect(Buffer.from((await drawing.png(`card-${index}`))!).equals(Buffer.from(await cardPng(card)))).toBe(true);
		// Each image is taken once; then its file and, with the last one, the folder are gone.
		expect(drawing.png('card-0')).toBeUndefined();
		expect(existsSync(drawing.folder)).toBe(false);
	});
});
