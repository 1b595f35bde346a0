import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaDecisions, byYear, indexRanks, modellprojektRounds, unitsFounded } from '../../src/lib/timeline';
import { domainOf, rankPaths, scales, spreadLabels } from '../../src/lib/charts/ranks';
import { bumpLayout } from '../../src/lib/charts/bump';
import { laneLayout, wrapLabel } from '../../src/lib/charts/lanes';
import { loadProfile } from '../../src/lib/profile-file';

const CITIES_DIR = resolve(import.meta.dirname, '../../src/content/cities');
const profiles = await Promise.all((await readdir(CITIES_DIR)).filter((file) => file.endsWith('.mdx')).map((file) => loadProfile(join(CITIES_DIR, file))));
const entries = profiles.map((profile) => ({ id: profile.slug, data: profile.data }));

describe('timeline data from the profiles', () => {
	it('has each city’s index ranks exactly as its profile states them, with their sources and derived marks', () => {
		const series = indexRanks(entries);
		for (const { id, data } of entries) {
			const expected = data.smartCityIndex.filter((entry) => entry.rank !== undefined).sort((a, b) => a.year - b.year);
			const line = series.find((candidate) => candidate.slug === id);
			if (expected.length === 0) {
				expect(line, id).toBeUndefined();
				continue;
			}
			expect(
				line!.points.map((point) => [point.year, point.rank]),
				id,
			).toEqual(expected.map((entry) => [entry.year, entry.rank]));
			expected.forEach((entry, i) => {
				expect(line!.points[i]!.sources.map((source) => source.url)).toEqual(entry.refs.map((ref) => data.sources.find((source) => source.id === ref)!.url));
				expect(line!.points[i]!.derived).toBe(entry.basis === 'abgeleitet' ? entry.note : undefined);
			});
		}
		expect(series.length).toBeGreaterThan(30);
	});

	it('dates an agenda by its adopting decision: adopted agendas with a year only, derived ones marked', () => {
		const decisions = agendaDecisions(entries);
		const expected = entries.filter(({ data }) => data.digitalAgenda.status === 'beschlossen' && data.digitalAgenda.year !== undefined);
		expect(decisions.map((event) => event.slug).sort()).toEqual(expected.map(({ id }) => id).sort());
		for (const event of decisions) {
			const agenda = entries.find(({ id }) => id === event.slug)!.data.digitalAgenda;
			expect(event.year).toBe(agenda.year);
			expect(event.derived).toBe(agenda.basis === 'abgeleitet' ? agenda.note : undefined);
			expect(event.sources.length).toBeGreaterThan(0);
		}
		expect(decisions.map((event) => event.year)).toEqual([...decisions.map((event) => event.year)].sort((a, b) => a - b));
	});

	it('lists every Modellprojekt by round and every unit with a founding year', () => {
		expect(modellprojektRounds(entries)).toHaveLength(entries.filter(({ data }) => data.modellprojekt).length);
		expect(unitsFounded(entries)).toHaveLength(entries.flatMap(({ data }) => data.organisation.filter((unit) => unit.since !== undefined)).length);
		expect(byYear([{ year: 2020 }, { year: 2018 }, { year: 2020 }]).map(([year, events]) => [year, events.length])).toEqual([
			[2018, 1],
			[2020, 2],
		]);
	});
});

describe('chart geometry', () => {
	it('puts rank 1 on top and bridges missing years with a separate (dashed) path', () => {
		const points = [
			{ year: 2019, rank: 5 },
			{ year: 2020, rank: 1 },
			{ year: 2022, rank: 9 },
		];
		const scale = scales(domainOf([points]), { left: 0, right: 30, top: 0, bottom: 80 });
		expect(scale.y(1)).toBe(0);
		expect(scale.y(9)).toBe(80);
		expect(rankPaths(points, scale)).toEqual({ solid: 'M0 40L10 0', gaps: 'M10 0L30 80' });
	});

	it('spreads labels to the minimum gap, keeps their order and stays within bounds where it can', () => {
		const placed = spreadLabels([50, 51, 52, 10, 200], 12, 0, 205);
		expect(placed[3]).toBe(10);
		expect([placed[0]!, placed[1]!, placed[2]!]).toEqual([50, 62, 74]);
		const sorted = [...placed].sort((a, b) => a - b);
		for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(12);
		expect(spreadLabels([100, 100, 100], 10, 0, 100)).toEqual([80, 90, 100]);
	});

	it('lays out the bump chart of the real ranks with labels at least 13 units apart', () => {
		const layout = bumpLayout(indexRanks(entries));
		const ys = layout.lines.map((line) => line.label.y).sort((a, b) => a - b);
		for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(13 - 1e-9);
		expect(layout.width).toBe(360);
		expect(Math.max(...ys)).toBeLessThan(layout.height);
	});

	it('wraps lane labels and keeps every square inside its lane', () => {
		expect(wrapLabel('Digitale Agenda beschlossen', 14)).toEqual(['Digitale', 'Agenda', 'beschlossen']);
		const events = Array.from({ length: 20 }, (_, i) => ({ year: 2018 + (i % 2) }));
		const layout = laneLayout(
			[
				{ id: 'a', label: 'Erste', events },
				{ id: 'b', label: 'Zweite', events: [{ year: 2001 }] },
			],
			2010,
		);
		expect(layout.rows[0]).toMatchObject({ before: true });
		expect(layout.rows[0]!.cells[1]!.units).toHaveLength(1);
		const [a, b] = layout.lanes;
		for (const row of layout.rows) for (const unit of row.cells[0]!.units) expect(unit.x + layout.unit).toBeLessThanOrEqual(b!.x);
		expect(a!.x).toBeLessThan(b!.x);
	});
});
