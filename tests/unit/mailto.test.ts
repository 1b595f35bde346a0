import { describe, expect, it } from 'vitest';
import { mailtoUrl } from '../../src/lib/mailto';

describe('mailto addresses', () => {
	it('encodes subject and body so that mail programs show them as written (RFC 6068)', () => {
		const url = mailtoUrl('redaktion@atlas.example', {
			subject: 'Korrektur: Köln & Bonn (Atlas)',
			body: 'Porträt: https://atlas.example/staedte/koeln/?a=1&b=2\nQuelle:',
		});
		expect(url).toBe(
			'mailto:redaktion@atlas.example?subject=Korrektur%3A%20K%C3%B6ln%20%26%20Bonn%20(Atlas)&body=Portr%C3%A4t%3A%20https%3A%2F%2Fatlas.example%2Fstaedte%2Fkoeln%2F%3Fa%3D1%26b%3D2%0D%0AQuelle%3A',
		);
		const parsed = new URL(url);
		expect(parsed.searchParams.get('subject')).toBe('Korrektur: Köln & Bonn (Atlas)');
		expect(parsed.searchParams.get('body')).toBe('Porträt: https://atlas.example/staedte/koeln/?a=1&b=2\r\nQuelle:');
	});

	it('leaves the body out when there is none', () => {
		expect(mailtoUrl('a@b.example', { subject: 'Hallo' })).toBe('mailto:a@b.example?subject=Hallo');
	});
});
