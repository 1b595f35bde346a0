import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardPng, type Card } from '../../src/lib/og/card';
import { wrap } from '../../src/lib/og/font';
import { drawInBackground } from '../../src/lib/og/render-pool';
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

	it('is written by the worker processes exactly as drawn in this one, into the folders it names', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'atlas-og-test-'));
		try {
			const files = new Map(cards.map((card, index) => [join(dir, 'vorschau', `kind-${index}`, 'card.png'), card]));
			await drawInBackground(files);
			expect(await readdir(join(dir, 'vorschau'))).toEqual(['kind-0', 'kind-1']);
			for (const [file, card] of files) expect((await readFile(file)).equals(Buffer.from(await cardPng(card)))).toBe(true);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	it('rejects, naming the file, when an image cannot be written', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'atlas-og-test-'));
		try {
			// A file where the image's folder should be: the worker cannot create the folder.
			await drawInBackground(new Map([[join(dir, 'card.png'), cards[1]!]]));
			const blocked = join(dir, 'card.png', 'inside.png');
			await expect(drawInBackground(new Map([[blocked, cards[0]!]]))).rejects.toThrow(`Vorschaubild ${blocked}`);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
