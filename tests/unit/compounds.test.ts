import { describe, expect, it } from 'vitest';
import { COMPOUND_MARK, COMPOUND_PARTS, markCompounds, splitCompound, unmarkCompounds } from '../../src/lib/compounds';
import { markIndexedHtml } from '../../src/lib/compound-html';

describe('splitCompound', () => {
	it.each([
		['Datenplattform', ['Daten', 'plattform']],
		['Mobilitätsplattform', ['Mobilitäts', 'plattform']],
		['Datenplattformen', ['Daten', 'plattformen']],
		['Digitalisierungsstrategie', ['Digitalisierungs', 'strategie']],
		['Glasfasernetz', ['Glasfaser', 'netz']],
		['Glasfasernetze', ['Glasfaser', 'netze']],
		['Digitalagenda', ['Digital', 'agenda']],
		['Geodaten', ['Geo', 'daten']],
		['Stadtentwicklungskonzept', ['Stadt', 'entwicklungs', 'konzept']],
		['Umweltsensoren', ['Umwelt', 'sensoren']],
		['Wirtschaftsförderung', ['Wirtschafts', 'förderung']],
	])('%s → %j', (word, parts) => {
		expect(splitCompound(word)).toEqual(parts);
	});

	it.each([
		'Plattform',
		'Daten',
		'Kandidaten',
		'verhandeln',
		'Oberbürgermeister',
		'Internetzugang',
		'Partnernetzwerk',
		'Stadtwerke',
		'festzustellen',
		'bereitzustellen',
		'feststellen',
		'Agenda',
		'Netz',
	])('leaves %s whole', (word) => {
		expect(splitCompound(word)).toEqual([word]);
	});

	it('needs at least three letters before a joint', () => {
		expect(splitCompound('Ubnetz', ['netz'])).toEqual(['Ubnetz']);
		expect(splitCompound('Funknetz', ['netz'])).toEqual(['Funk', 'netz']);
	});

	it('keeps its parts lowercase and at least four letters long', () => {
		for (const part of COMPOUND_PARTS) {
			expect(part).toBe(part.toLocaleLowerCase('de'));
			expect(part.length).toBeGreaterThanOrEqual(4);
		}
	});
});

describe('markCompounds and unmarkCompounds', () => {
	it('marks every compound of a text and nothing else', () => {
		const text = 'Die Datenplattform und die Mobilitätsplattform der Stadt – eine Plattform.';
		const marked = markCompounds(text);
		expect(marked).toBe(`Die Daten${COMPOUND_MARK}plattform und die Mobilitäts${COMPOUND_MARK}plattform der Stadt – eine Plattform.`);
		expect(unmarkCompounds(marked)).toBe(text);
	});

	it('leaves HTML entities alone', () => {
		expect(markCompounds('Energie &amp; Umwelt, Daten&shy;netz')).toBe('Energie &amp; Umwelt, Daten&shy;netz');
	});

	it('removes marks inside a Pagefind excerpt', () => {
		expect(unmarkCompounds(`die <mark>Daten${COMPOUND_MARK}plattform</mark> &amp; mehr`)).toBe('die <mark>Datenplattform</mark> &amp; mehr');
	});
});

describe('markIndexedHtml', () => {
	const page = [
		'<html lang="de"><head><title>Datenplattform</title></head><body>',
		'<header>Datenplattform</header>',
		'<main data-pagefind-body>',
		'<h1 data-pagefind-meta="title">Stadtentwicklung</h1>',
		'<div hidden><span data-pagefind-filter="thema">Datenplattform</span></div>',
		'<p class="x" title="Datenplattform">Die <a href="/datenplattform/">Datenplattform</a> &amp; das Glasfasernetz.</p>',
		'<script>const Datenplattform = 1;</script>',
		'<div data-pagefind-ignore>Glasfasernetz</div>',
		'</main><footer>Glasfasernetz</footer></body></html>',
	].join('');

	it('marks compounds in the indexed text only', () => {
		const marked = markIndexedHtml(page);
		expect(marked).toContain(`<a href="/datenplattform/">Daten${COMPOUND_MARK}plattform</a> &amp; das Glasfaser${COMPOUND_MARK}netz.`);
		expect(marked).toContain('title="Datenplattform"');
		expect(marked).toContain('<span data-pagefind-filter="thema">Datenplattform</span>');
		expect(marked).toContain('<h1 data-pagefind-meta="title">Stadtentwicklung</h1>');
		expect(marked).toContain('<script>const Datenplattform = 1;</script>');
		expect(marked).toContain('<div data-pagefind-ignore>Glasfasernetz</div>');
		expect(marked).toContain('<header>Datenplattform</header>');
		expect(marked).toContain('<footer>Glasfasernetz</footer>');
		expect(unmarkCompounds(marked)).toBe(page);
	});

	it('reads markup as markup: `>` in attribute values, `<` in scripts, void and self-closing elements, comments', () => {
		const tricky = [
			'<main data-pagefind-body><p data-note="a > b">Datenplattform<br>Datenplattform</p>',
			'<script>if (a < b) document.write("<p>Datenplattform</p>");</script><!-- Datenplattform -->',
			'<svg><path d="M0 0"/><text>Datenplattform</text></svg><SPAN>Datenplattform</SPAN></main><p>Datenplattform</p>',
		].join('');
		const marked = markIndexedHtml(tricky);
		const mark = `Daten${COMPOUND_MARK}plattform`;
		expect(marked).toContain(`<p data-note="a > b">${mark}<br>${mark}</p>`);
		expect(marked).toContain('document.write("<p>Datenplattform</p>")');
		expect(marked).toContain('<!-- Datenplattform -->');
		expect(marked).toContain('<text>Datenplattform</text>');
		expect(marked).toContain(`<SPAN>${mark}</SPAN></main><p>Datenplattform</p>`);
		expect(unmarkCompounds(marked)).toBe(tricky);
	});

	it('leaves pages without an indexed body as they are', () => {
		const plain = '<html><body><main><p>Datenplattform</p></main></body></html>';
		expect(markIndexedHtml(plain)).toBe(plain);
	});
});
