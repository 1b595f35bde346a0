import { describe, expect, it } from 'vitest';
import { matchingSentence, type Segment } from '../../src/components/search/excerpt';

/** An excerpt as text with [brackets] around marked words. */
const show = (segments: Segment[]) => segments.map((segment) => (segment.mark ? `[${segment.text}]` : segment.text)).join('');
/** Hits at the positions of the words that match `pattern` (split like Pagefind). */
const hitsOf = (content: string, pattern: RegExp, weight = 1) =>
	content.split(/\s+/).flatMap((word, location) => (pattern.test(word) ? [{ location, weight }] : []));

describe('matchingSentence', () => {
	const content =
		'Steuerung: Stabs~stelle Digitalisierung (seit 2019). Duisburg. Nordrhein-Westfalen · Stadt des Atlas 2019. Die Stadt hat seit 2020 einen CDO ⟦ Chief Digital Officer ⟧ bei Prof. Meier. Sie baut eine Daten~plattform auf, die u. a. offene Daten zeigt.';

	it('shows the sentence with the most different matched words, marks them, removes compound marks', () => {
		const hits = hitsOf(content, /plattform|daten/i);
		expect(show(matchingSentence(content, hits))).toBe('Sie baut eine [Datenplattform] auf, die u. a. offene [Daten] zeigt.');
	});

	it('marks the whole term of several words a synonym was added to', () => {
		const text = 'Der Chief Digital Officer ⟦⟦⟦ CDO ⟧ leitet die Stabsstelle.';
		expect(show(matchingSentence(text, hitsOf(text, /^CDO$/), 'CDO'))).toBe('Der [Chief Digital Officer] leitet die Stabsstelle.');
	});

	it('marks the term a synonym was added to, and never shows the synonyms', () => {
		const hits = hitsOf(content, /^(Chief|Digital|Officer)$/);
		expect(show(matchingSentence(content, hits))).toBe('Die Stadt hat seit 2020 einen [CDO] bei Prof. Meier.');
	});

	it('keeps punctuation outside the mark and finds facts of the summary', () => {
		const hits = hitsOf(content, /Digitalisierung/);
		expect(show(matchingSentence(content, hits))).toBe('Steuerung: Stabsstelle [Digitalisierung] (seit 2019).');
	});

	it('cuts a long sentence around its first match', () => {
		const long = `Anfang ${Array.from({ length: 40 }, (_, i) => `wort${i}`).join(' ')} Ziel ${Array.from({ length: 40 }, (_, i) => `rest${i}`).join(' ')} Ende.`;
		const text = show(matchingSentence(long, hitsOf(long, /^Ziel$/), 'Ziel', 12));
		expect(text).toMatch(/^… wort\d+ .* \[Ziel\] .* …$/);
		expect(text.split(' ').length).toBeLessThanOrEqual(14);
	});

	it('prefers the sentence that covers more terms of the query, and not the bare title', () => {
		const text = 'Darmstadt. Die Digitalstadt hat einen Digitalen Zwilling. Der Chief Digital Officer und die Digitalisierung, digital.';
		const hits = hitsOf(text, /^(Darmstadt|Digital|Zwilling)/i);
		expect(show(matchingSentence(text, hits, 'digitaler Zwilling'))).toBe('Die [Digitalstadt] hat einen [Digitalen Zwilling].');
		expect(show(matchingSentence(text, hitsOf(text, /Darmstadt/), 'Darmstadt'))).toBe('[Darmstadt].');
	});

	it('reads "Rang 18 von 82." as the end of a sentence, "am 2. Dezember" not', () => {
		const text = 'Index 2024: Rang 18 von 82. Darmstadt liegt am 2. Dezember vorn. Ende hier.';
		expect(show(matchingSentence(text, hitsOf(text, /^Darmstadt$/), 'Darmstadt'))).toBe('[Darmstadt] liegt am 2. Dezember vorn.');
	});

	it('prefers the sentence with more weight when as many words match', () => {
		const text = 'Eins Daten hier. Zwei Daten dort.';
		const hits = [
			{ location: 1, weight: 1 },
			{ location: 4, weight: 2 },
		];
		expect(show(matchingSentence(text, hits))).toBe('Zwei [Daten] dort.');
	});
});
