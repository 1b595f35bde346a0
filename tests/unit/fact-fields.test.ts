import { describe, expect, it } from 'vitest';
import { FACT_FIELDS, FACT_ROWS, rowLabelled, shownRows } from '../../src/lib/facts/fields';
import { compareCity, compareData } from '../../src/lib/facts/compare-data';
import { citySchema, type CityInput } from '../../src/schemas/city';
import { CITED_SOURCES, citedProfile } from '../fixtures/cited-profile';

function city(change: (profile: CityInput) => void = () => {}) {
	const profile = citedProfile();
	change(profile);
	return citySchema.parse(profile);
}
const number = (id: string) => CITED_SOURCES.findIndex((source) => source.id === id) + 1;

describe('the fact fields', () => {
	it('have unique row ids and cover what the issue asks to compare', () => {
		const ids = FACT_ROWS.map((row) => row.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(FACT_FIELDS.map((field) => field.id)).toEqual([
			'agenda',
			'organisation',
			'partners',
			'themes',
			'projects',
			'modellprojekt',
			'smartCityIndex',
			'population',
			'website',
		]);
		expect(ids).toEqual(
			expect.arrayContaining([
				'agenda.status',
				'agenda.status2019',
				'agenda.title',
				'agenda.year',
				'organisation',
				'partners.wissenschaft',
				'themes',
				'projects',
				'modellprojekt',
				'smartCityIndex',
			]),
		);
	});

	it('are the one list the comparison data is built from: same fields, rows, labels and order', () => {
		const data = compareData([{ id: 'musterstadt', data: city() }]);
		expect(data.fields.map((field) => [field.id, field.label, field.rows.map((row) => [row.id, row.label])])).toEqual(
			FACT_FIELDS.map((field) => [field.id, field.label, field.rows.map((row) => [row.id, row.label])]),
		);
		expect(Object.keys(data.cities[0]!.cells)).toEqual(FACT_ROWS.map((row) => row.id));
	});

	it('give the same texts to the fact box and the comparison', () => {
		const data = city();
		const cells = compareCity('musterstadt', data).cells;
		for (const field of FACT_FIELDS) {
			for (const { row, values } of shownRows(field, data))
				expect(
					cells[row.id]!.v.map((value) => value.t),
					row.id,
				).toEqual(values.map((value) => value.text));
		}
		expect(cells['agenda.status']!.v[0]).toMatchObject({ t: 'beschlossen', st: 'beschlossen' });
		expect(cells['agenda.year']!.v[0]).toMatchObject({ t: '2020', x: 'Beschluss' });
		expect(cells['smartCityIndex']!.v[0]!.t).toBe('2024: Rang 17 von 82');
	});

	it('cite each value by the numbers of its sources on the portrait, and mark derived facts with their note', () => {
		const cells = compareCity('musterstadt', city()).cells;
		expect(cells['agenda.status']!.v[0]!.s).toEqual([number('stadt-agenda-2020'), number('stadt-2024')]);
		expect(cells['agenda.status2019']!.v[0]!.s).toEqual([number('atlas-portraet')]);
		expect(cells['themes']).toMatchObject({ s: [number('atlas-portraet')] });
		expect(cells['smartCityIndex']!.v[0]!.s).toEqual([number('index-2024')]);
		expect(cells['population']!.v[0]).toMatchObject({ t: '51.200', d: 'Aus den Zahlen der Stadtteile zusammengezählt.' });
		expect(cells['agenda.status']!.v[0]!.d).toBeUndefined();
	});

	it('tell a row that does not apply (null) from one with nothing known (empty)', () => {
		const later = compareCity(
			'neustadt',
			city((p) => ((p.atlas2019 = false), delete p.digitalAgenda.status2019, delete p.digitalAgenda.refs2019)),
		).cells;
		expect(later['agenda.status2019']).toBeNull();
		const bare = compareCity(
			'musterstadt',
			city((p) => ((p.partners = []), delete p.modellprojekt)),
		).cells;
		expect(bare['partners.wissenschaft']).toEqual({ v: [] });
		expect(bare['modellprojekt']).toEqual({ v: [] });
	});

	it('leave optional rows out of the fact box and name rows only where the field has several', () => {
		const data = city((p) => delete p.population);
		const population = FACT_FIELDS.find((field) => field.id === 'population')!;
		expect(shownRows(population, data)).toEqual([]);
		const partners = FACT_FIELDS.find((field) => field.id === 'partners')!;
		expect(shownRows(partners, data).map(({ row }) => row.id)).toEqual(['partners.kommunales-unternehmen']);
		const agenda = FACT_FIELDS.find((field) => field.id === 'agenda')!;
		expect(agenda.rows.filter((row) => rowLabelled(agenda, row)).map((row) => row.id)).toEqual([
			'agenda.status2019',
			'agenda.title',
			'agenda.year',
			'agenda.draft',
		]);
		expect(
			rowLabelled(
				FACT_FIELDS.find((field) => field.id === 'themes')!,
				FACT_ROWS.find((row) => row.id === 'themes')!,
			),
		).toBe(false);
	});

	it('keep the index ranks for the rank chart, oldest first', () => {
		const data = city((p) => p.smartCityIndex!.unshift({ year: 2022, rank: 30, refs: ['index-2024'] }, { year: 2021, score: 50, refs: ['index-2024'] }));
		expect(compareCity('musterstadt', data).ranks).toEqual([
			[2022, 30, 0],
			[2024, 17, 82],
		]);
	});
});
