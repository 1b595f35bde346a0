import { describe, expect, it } from 'vitest';
import { markIndexedHtml } from '../../src/lib/compound-html';
import { COMPOUND_MARK, SYNONYMS_CLOSE, SYNONYMS_OPEN, unmarkCompounds } from '../../src/lib/index-marks';

const mark = `Daten${COMPOUND_MARK}plattform`;

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
		const marked = markIndexedHtml(page, { synonyms: [] });
		expect(marked).toContain(`<a href="/datenplattform/">${mark}</a> &amp; das Glasfaser${COMPOUND_MARK}netz.`);
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

	it('leaves the fact box, the sources and the "Stand" line out of the index', () => {
		const portrait = [
			'<main data-pagefind-body><aside class="factbox" aria-labelledby="steckbrief"><dl><dt>Titel</dt><dd>Datenplattform</dd></dl></aside>',
			'<p>Prosa</p><section aria-labelledby="quellen" class="sources"><ol><li>https://example.org/datenplattform</li></ol></section>',
			'<p class="updated">Stand</p></main>',
		].join('');
		expect(markIndexedHtml(portrait)).toBe(
			[
				'<main data-pagefind-body><aside class="factbox" aria-labelledby="steckbrief" data-pagefind-ignore><dl><dt>Titel</dt><dd>Datenplattform</dd></dl></aside>',
				'<p>Prosa</p><section aria-labelledby="quellen" class="sources" data-pagefind-ignore><ol><li>https://example.org/datenplattform</li></ol></section>',
				'<p class="updated" data-pagefind-ignore>Stand</p></main>',
			].join(''),
		);
	});

	it('leaves the Quellenlage section out, up to the end of its parent', () => {
		const prose =
			'<main data-pagefind-body><div class="prose"><h2 id="seit-2019">Seit 2019</h2><p>A</p><h2 id="quellenlage">Quellenlage</h2><p>Datenplattform</p></div><p>B</p></main>';
		expect(markIndexedHtml(prose)).toBe(
			'<main data-pagefind-body><div class="prose"><h2 id="seit-2019">Seit 2019</h2><p>A</p><div data-pagefind-ignore><h2 id="quellenlage">Quellenlage</h2><p>Datenplattform</p></div></div><p>B</p></main>',
		);
	});

	it('adds the synonyms a page lacks after each occurrence of a term', () => {
		const html = '<main data-pagefind-body><p>Der <strong>CDO</strong> baut das Glasfasernetz aus.</p><p>Breitband</p></main>';
		expect(markIndexedHtml(html)).toBe(
			`<main data-pagefind-body><p>Der <strong>CDO ${SYNONYMS_OPEN} Chief Digital Officer ${SYNONYMS_CLOSE}</strong> baut das Glasfaser${COMPOUND_MARK}netz aus.</p><p>Breitband</p></main>`,
		);
	});
});
