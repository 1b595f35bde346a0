import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../src/lib/figures';
import { toRecord } from '../../src/lib/records';
import { citySchema, type CityInput } from '../../src/schemas/city';
import { CITED_SOURCES, citedProfile } from '../fixtures/cited-profile';

const url = (id: string) => CITED_SOURCES.find((source) => source.id === id)!.url;

function record(change: (profile: CityInput) => void = () => {}, id = 'musterstadt') {
	const profile = citedProfile();
	change(profile);
	return toRecord({ id, data: citySchema.parse(profile) });
}

describe('city records: Modellprojekt', () => {
	it('count the city’s own project (role traeger, the default) with its round', () => {
		expect(record()).toMatchObject({ modellprojektRound: 2020, modellprojektRole: 'traeger', modellprojektPartnerRound: null });
		expect(record((p) => (p.modellprojekt!.role = 'traeger')).modellprojektRound).toBe(2020);
	});

	it('do not count a consortium partner as the city’s Modellprojekt, but keep the round as a partner', () => {
		expect(record((p) => (p.modellprojekt!.role = 'partner'))).toMatchObject({
			modellprojektRound: null,
			modellprojektRole: 'partner',
			modellprojektPartnerRound: 2020,
		});
	});

	it('have neither without a Modellprojekt', () => {
		expect(record((p) => delete p.modellprojekt)).toMatchObject({ modellprojektRound: null, modellprojektRole: null, modellprojektPartnerRound: null });
	});

	it('make the key figures count only the atlas cities’ own projects', () => {
		const records = [record(() => {}, 'a'), record((p) => (p.modellprojekt!.role = 'partner'), 'b'), record((p) => delete p.modellprojekt, 'c')];
		expect(keyFigures(records).modellprojekte).toBe(1);
	});
});

describe('city records: evidence of the agenda status', () => {
	it('resolve the agenda’s sources to URLs in the order of refs, with the basis', () => {
		expect(record()).toMatchObject({ agendaSources: [url('stadt-agenda-2020'), url('stadt-2024')], agendaBasis: 'belegt' });
		const derived = record((p) => Object.assign(p.digitalAgenda, { basis: 'abgeleitet', note: 'Aus der Veröffentlichung erschlossen.' }));
		expect(derived.agendaBasis).toBe('abgeleitet');
	});

	it('give the 2019 status its own sources and basis, and none for a city without it', () => {
		expect(record()).toMatchObject({ agenda2019Sources: [url('atlas-portraet')], agenda2019Basis: 'belegt' });
		const later = record((p) => ((p.atlas2019 = false), delete p.digitalAgenda.status2019, delete p.digitalAgenda.refs2019));
		expect(later).toMatchObject({ agenda2019Sources: [], agenda2019Basis: null });
	});

	it('have no agenda sources where the status is unknown and nothing is cited', () => {
		expect(record((p) => (p.digitalAgenda = { status: 'unbekannt', status2019: 'unbekannt' }))).toMatchObject({ agendaSources: [], agenda2019Sources: [] });
	});
});

describe('city records: list columns', () => {
	it('carry the population and the newest Smart City Index entry that has a rank', () => {
		const r = record((p) => {
			p.population = { ...p.population!, value: 123456 };
			const refs = ['index-2024'];
			p.smartCityIndex = [
				{ year: 2021, rank: 30, of: 81, refs },
				{ year: 2024, score: 50.5, refs },
				{ year: 2023, rank: 12, of: 82, refs },
			];
		});
		expect(r).toMatchObject({ population: 123456, indexRank: 12, indexRankOf: 82, indexYear: 2023 });
	});

	it('have nulls where the profile gives no population or rank', () => {
		const r = record((p) => {
			delete p.population;
			p.smartCityIndex = [];
		});
		expect(r).toMatchObject({ population: null, indexRank: null, indexRankOf: null, indexYear: null });
	});
});
