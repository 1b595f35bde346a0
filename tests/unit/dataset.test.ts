import { describe, expect, it } from 'vitest';
import { datasetLd, jsonLdText } from '../../src/lib/exports/dataset';
import { toRecord } from '../../src/lib/records';
import { citySchema } from '../../src/schemas/city';
import { citedProfile } from '../fixtures/cited-profile';

describe('dataset JSON-LD (/daten/)', () => {
	it('keeps a value from ending its <script> element', () => {
		const text = jsonLdText({ name: 'A </script><script>alert(1)</script>' });
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual({ name: 'A </script><script>alert(1)</script>' });
	});

	it('dates the data by the newest profile and links downloads under the base path', () => {
		const record = toRecord({ id: 'musterstadt', data: citySchema.parse(citedProfile()) });
		const dataset = datasetLd([record], { siteUrl: 'https://example.org', base: '/atlas/' });
		expect(dataset.dateModified).toBe(record.updated);
		expect(dataset.url).toBe('https://example.org/atlas/daten/');
		expect(dataset.distribution.map((download) => download.contentUrl)).toEqual([
			'https://example.org/atlas/daten/staedte.csv',
			'https://example.org/atlas/daten/staedte.json',
			'https://example.org/atlas/daten/staedte.geojson',
		]);
		expect(dataset.distribution.map((download) => download.encodingFormat)).toEqual(['text/csv', 'application/json', 'application/geo+json']);
		expect(datasetLd([], { siteUrl: 'https://example.org' })).not.toHaveProperty('dateModified');
	});
});
