import { describe, expect, it } from 'vitest';
import { since2019 } from '../../src/lib/since-2019';
import { citySchema, type CityInput } from '../../src/schemas/city';
import { citedProfile } from '../fixtures/cited-profile';

function rows(change: (profile: CityInput) => void = () => {}) {
	const profile = citedProfile();
	change(profile);
	return Object.fromEntries(since2019(citySchema.parse(profile)).map((row) => [row.id, row]));
}

describe('March 2019 and today', () => {
	it('compares the agenda status of the atlas with today’s', () => {
		expect(rows().status).toMatchObject({ then: 'in Erarbeitung', now: 'beschlossen', changed: true });
		expect(rows((p) => (p.digitalAgenda.status2019 = 'beschlossen')).status).toMatchObject({ changed: false });
	});

	it('dates steering units by their founding and closing years', () => {
		const organisation = rows((p) => {
			p.organisation = [
				{ name: 'CDO', kind: 'cdo', since: 2018, refs: ['atlas-portraet'] },
				{ name: 'Amt für Digitales', kind: 'amt', since: 2021, refs: ['stadt-2024'] },
				{ name: 'Projektgruppe', kind: 'projektgruppe', since: 2016, until: 2020, refs: ['atlas-portraet'] },
				{ name: 'Beirat', kind: 'beirat', refs: ['stadt-2024'] },
			];
		}).organisation!;
		expect(organisation.then).toBe('CDO (2018), Projektgruppe (2016)');
		expect(organisation.now).toBe(
			'3 Stellen; seit 2019 gegründet: Amt für Digitales (2021); aufgelöst: Projektgruppe (2020); bei 1 Stelle ist das Gründungsjahr nicht bekannt',
		);
		expect(organisation.changed).toBe(true);
	});

	it('counts the partners the atlas portrait names against all named today', () => {
		const partners = rows((p) => p.partners!.push({ name: 'Hochschule', kind: 'wissenschaft', refs: ['atlas-portraet'] })).partners!;
		expect(partners.then).toBe('1 Partner genannt: Hochschule');
		expect(partners.now).toBe('2 Partner genannt; aus anderen Quellen als dem Atlas-Porträt: Stadtwerke Musterstadt GmbH');
	});

	it('knows the 2019 themes only where the atlas portrait is their only source', () => {
		expect(rows().themes).toMatchObject({ then: 'Verwaltung, Mobilität, Energie & Umwelt', now: 'Verwaltung, Mobilität, Energie & Umwelt' });
		expect(rows((p) => (p.listsFromOtherSources = ['themes'])).themes!.then).toBe('teils aus dem Atlas-Porträt, nicht einzeln bekannt');
		expect(rows((p) => (p.themeRefs = ['stadt-2024'])).themes!.then).toBe('nicht bekannt');
	});

	it('is empty for a city that was not in the atlas', () => {
		expect(since2019(citySchema.parse({ ...citedProfile(), atlas2019: false }))).toEqual([]);
	});
});
