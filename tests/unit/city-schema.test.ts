import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitProfile } from '../../src/lib/profile-file';
import { citySchema } from '../../src/schemas/city';
import { completeProfile } from '../fixtures/profile';

type Profile = Record<string, unknown>;

/** Parses and returns the issues as `path: message` lines, the form the build and validator print. */
function problems(profile: Profile): string[] {
	const result = citySchema.safeParse(profile);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function withChange(change: (profile: Profile) => void): Profile {
	const profile = structuredClone(completeProfile()) as Profile;
	change(profile);
	return profile;
}

describe('city profile schema', () => {
	it('accepts a complete profile', () => {
		expect(problems(completeProfile())).toEqual([]);
	});

	it('accepts a minimal profile and fills defaults', () => {
		const { website, population, modellprojekt, smartCityIndex, projects, listsFromOtherSources, atlas2019, ...minimal } = completeProfile();
		const parsed = citySchema.parse({ ...minimal, digitalAgenda: { status: 'unbekannt' }, partners: [], organisation: [] });
		expect(parsed.atlas2019).toBe(false);
		expect(parsed.projects).toEqual([]);
	});

	it.each(['name', 'state', 'coordinates', 'digitalAgenda', 'organisation', 'partners', 'themes', 'sources', 'updated'])(
		'names the missing required field %s',
		(field) => {
			expect(problems(withChange((p) => delete p[field]))).toEqual([`${field}: Pflichtfeld fehlt`]);
		},
	);

	it('rejects an unknown agenda status and lists the allowed values', () => {
		expect(problems(withChange((p) => ((p.digitalAgenda as Profile).status = 'fertig')))).toEqual([
			'digitalAgenda.status: unbekannter Agenda-Status (erlaubt: beschlossen, in-erarbeitung, keine, unbekannt)',
		]);
	});

	it('rejects an unknown Land', () => {
		expect(problems(withChange((p) => (p.state = 'Preußen')))[0]).toMatch(/^state: unbekanntes Land \(erlaubt: Baden-Württemberg, Bayern/);
	});

	it('rejects an unknown organisation kind and partner kind', () => {
		const profile = withChange((p) => {
			(p.organisation as [Profile])[0].kind = 'ministerium';
			(p.partners as [Profile])[0].kind = 'verein';
		});
		expect(problems(profile)).toEqual([
			expect.stringMatching(/^organisation\.0\.kind: unbekannter Organisationstyp \(erlaubt: cdo, stabsstelle/),
			expect.stringMatching(/^partners\.0\.kind: unbekannter Partnertyp \(erlaubt: kommunales-unternehmen/),
		]);
	});

	it('rejects an unknown theme in themes and in projects', () => {
		const profile = withChange((p) => {
			p.themes = ['verwaltung', 'raumfahrt'];
			(p.projects as [Profile])[0].theme = 'kultur';
		});
		expect(problems(profile)).toEqual([
			expect.stringMatching(/^themes\.1: unbekannter Themen-Schlüssel \(erlaubt: verwaltung, mobilitaet/),
			expect.stringMatching(/^projects\.0\.theme: unbekannter Themen-Schlüssel/),
		]);
	});

	it('rejects coordinates outside Germany', () => {
		expect(problems(withChange((p) => (p.coordinates = { lat: 48.85, lng: 2.35 })))).toEqual([
			'coordinates: liegt außerhalb Deutschlands (erlaubt: lat 47.2–55.1, lng 5.8–15.1)',
		]);
	});

	it('recognises swapped coordinates', () => {
		expect(problems(withChange((p) => (p.coordinates = { lat: 6.96, lng: 50.94 }))).join()).toMatch(/^coordinates: Breite und Länge sind vertauscht/);
	});

	it('rejects an unknown key and names it', () => {
		expect(problems(withChange((p) => (p.webseite = 'https://x.example')))).toEqual([
			expect.stringMatching(/^: unbekanntes Feld „webseite“ \(erlaubt: name, state, coordinates/),
		]);
		expect(problems(withChange((p) => ((p.digitalAgenda as Profile).jahr = 2020)))).toEqual([
			expect.stringMatching(/^digitalAgenda: unbekanntes Feld „jahr“ \(erlaubt: status, status2019, title, year, url\)/),
		]);
	});

	it('rejects bad URLs', () => {
		expect(problems(withChange((p) => (p.website = 'http://www.musterstadt.example')))).toEqual([
			'website: muss eine vollständige Adresse sein (erlaubt: https://…)',
		]);
		expect(problems(withChange((p) => ((p.sources as [Profile])[0].url = 'www.example.org')))).toEqual([
			'sources.0.url: muss eine vollständige Adresse sein (erlaubt: https://…, http://…)',
		]);
	});

	it('requires status2019 for atlas cities and at least one source and theme', () => {
		expect(problems(withChange((p) => delete (p.digitalAgenda as Profile).status2019))).toEqual([
			expect.stringMatching(/^digitalAgenda\.status2019: Pflichtfeld für Städte des Atlas 2019/),
		]);
		expect(problems(withChange((p) => (p.sources = [])))).toEqual(['sources: braucht mindestens eine Quelle mit title und url']);
		expect(problems(withChange((p) => (p.themes = [])))).toEqual([expect.stringMatching(/^themes: braucht mindestens ein Thema/)]);
	});

	it('rejects a repeated source URL', () => {
		const profile = withChange((p) => (p.sources = [...(p.sources as Profile[]), { title: 'Nochmal', url: 'https://www.musterstadt.example/steckbrief' }]));
		expect(problems(profile)).toEqual(['sources.1.url: diese Adresse steht schon weiter oben in sources']);
	});

	it('takes updated as the text JJJJ-MM-TT that the profile reader makes of a YAML date', () => {
		const { data } = parseFrontmatter(splitProfile('x.mdx', '---\nupdated: 2026-11-22\n---\n'));
		expect(data).toEqual({ updated: '2026-11-22' });
		expect(problems(withChange((p) => (p.updated = (data as Profile).updated)))).toEqual([]);
		expect(problems(withChange((p) => (p.updated = new Date('2026-11-22T00:00:00Z'))))).toEqual([
			'updated: muss ein Datum der Form JJJJ-MM-TT sein, z. B. 2026-11-22',
		]);
		expect(problems(withChange((p) => (p.updated = '22.11.2026')))).toEqual(['updated: muss ein Datum der Form JJJJ-MM-TT sein, z. B. 2026-11-22']);
	});
});

describe('numbers in the profile', () => {
	it('explain a bad rank, population or score in German', () => {
		const profile = structuredClone(completeProfile()) as Record<string, unknown>;
		profile.population = { value: 'viele', year: 2023 };
		profile.smartCityIndex = [{ year: 2024, rank: 0, of: 82, score: 120 }];
		const messages = citySchema.safeParse(profile).error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		expect(messages).toEqual([
			'population.value: muss eine Zahl sein (Einwohnerzahl)',
			'smartCityIndex.0.rank: muss größer als 0 sein (Rang)',
			'smartCityIndex.0.score: muss zwischen 0 und 100 liegen',
		]);
	});
});
