import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitProfile } from '../../src/lib/profile-file';
import { citySchema } from '../../src/schemas/city';
import { completeProfile } from '../fixtures/profile';
import { NOTE_REQUIRED } from '../../src/schemas/evidence';
import { allowed } from '../../src/schemas/messages';
import { THEME_IDS } from '../../src/schemas/themes';

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
			'digitalAgenda.status: „fertig“ ist kein Status der digitalen Agenda (erlaubt: beschlossen, in-erarbeitung, keine, unbekannt)',
		]);
	});

	it('rejects an unknown Land', () => {
		expect(problems(withChange((p) => (p.state = 'Preußen')))[0]).toMatch(/^state: „Preußen“ ist kein Bundesland \(erlaubt: Baden-Württemberg, Bayern/);
	});

	it('rejects an unknown organisation kind and partner kind', () => {
		const profile = withChange((p) => {
			(p.organisation as [Profile])[0].kind = 'ministerium';
			(p.partners as [Profile])[0].kind = 'verein';
		});
		expect(problems(profile)).toEqual([
			expect.stringMatching(/^organisation\.0\.kind: „ministerium“ ist kein Organisationstyp \(erlaubt: cdo, stabsstelle/),
			expect.stringMatching(/^partners\.0\.kind: „verein“ ist kein Partnertyp \(erlaubt: kommunales-unternehmen/),
		]);
	});

	it('rejects an unknown theme in themes and in projects', () => {
		const profile = withChange((p) => {
			p.themes = ['verwaltung', 'raumfahrt'];
			(p.projects as [Profile])[0].theme = 'kultur';
		});
		expect(problems(profile)).toEqual([
			expect.stringMatching(/^themes\.1: „raumfahrt“ ist kein Themen-Schlüssel \(erlaubt: verwaltung, mobilitaet/),
			expect.stringMatching(/^projects\.0\.theme: „kultur“ ist kein Themen-Schlüssel/),
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
			expect.stringMatching(/^: unbekanntes Feld „webseite“ – gemeint: website\? \(erlaubt: name, state, coordinates/),
		]);
		expect(problems(withChange((p) => ((p.digitalAgenda as Profile).jahr = 2020)))).toEqual([
			expect.stringMatching(
				/^digitalAgenda: unbekanntes Feld „jahr“ \(erlaubt: status, title, year, url, refs, basis, note, status2019, refs2019, basis2019, note2019, draft\)/,
			),
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
		expect(problems(withChange((p) => (p.sources = [])))).toEqual(['sources: braucht mindestens eine Quelle mit id, title und url']);
		expect(problems(withChange((p) => (p.themes = [])))).toEqual([expect.stringMatching(/^themes: braucht mindestens ein Thema/)]);
	});

	it('rejects a repeated source URL', () => {
		const profile = withChange(
			(p) => (p.sources = [...(p.sources as Profile[]), { id: 'nochmal', title: 'Nochmal', url: 'https://www.musterstadt.example/steckbrief' }]),
		);
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
		profile.population = { value: 'viele', year: 2023, refs: ['steckbrief'] };
		profile.smartCityIndex = [{ year: 2024, rank: 0, of: 82, score: 120, refs: ['steckbrief'] }];
		const messages = citySchema.safeParse(profile).error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		expect(messages).toEqual([
			'population.value: „viele“ ist keine Zahl – muss eine Zahl sein (Einwohnerzahl)',
			'smartCityIndex.0.rank: muss größer als 0 sein (Rang)',
			'smartCityIndex.0.score: muss zwischen 0 und 100 liegen',
		]);
	});
});

describe('evidence: sources, references and derived facts', () => {
	it('requires an id for every source, unique within the profile', () => {
		expect(problems(withChange((p) => delete (p.sources as Profile[])[0]!.id))).toEqual(['sources.0.id: Pflichtfeld fehlt']);
		const twice = withChange(
			(p) => (p.sources = [...(p.sources as Profile[]), { id: 'steckbrief', title: 'Andere', url: 'https://www.musterstadt.example/x' }]),
		);
		expect(problems(twice)).toEqual(['sources.1.id: die ID „steckbrief“ steht schon weiter oben in sources']);
		expect(problems(withChange((p) => ((p.sources as Profile[])[0]!.id = 'Stadt 2021')))).toContain(
			'sources.0.id: muss eine Quellen-ID in Kleinbuchstaben mit Bindestrichen sein, z. B. stadt-2021',
		);
	});

	it('requires refs on every fact and resolves them against the sources', () => {
		expect(problems(withChange((p) => delete (p.organisation as Profile[])[0]!.refs))).toEqual(['organisation.0.refs: Pflichtfeld fehlt']);
		expect(problems(withChange((p) => ((p.projects as Profile[])[0]!.refs = [])))).toEqual(['projects.0.refs: braucht mindestens eine Quellen-ID aus sources']);
		expect(problems(withChange((p) => ((p.modellprojekt as Profile).refs = ['steckbrif'])))).toEqual([
			'modellprojekt.refs.0: „steckbrif“ ist keine Quellen-ID aus sources – gemeint: steckbrief? (vorhanden: steckbrief)',
		]);
		expect(problems(withChange((p) => delete (p.digitalAgenda as Profile).refs))).toEqual([
			'digitalAgenda.refs: Pflichtfeld: Quellen-IDs für Status, Titel und Jahr, z. B. [stadt-2021]',
		]);
		expect(problems(withChange((p) => delete (p.digitalAgenda as Profile).refs2019))).toEqual([
			'digitalAgenda.refs2019: Pflichtfeld: Quellen-IDs für den Status 2019, z. B. [atlas-portraet]',
		]);
	});

	it('lets an unknown agenda status go without refs', () => {
		expect(problems(withChange((p) => (p.digitalAgenda = { status: 'unbekannt', status2019: 'unbekannt' })))).toEqual([]);
	});

	it('requires a note for a derived fact, and only then', () => {
		expect(problems(withChange((p) => ((p.smartCityIndex as Profile[])[0]!.basis = 'abgeleitet')))).toEqual([`smartCityIndex.0.note: ${NOTE_REQUIRED}`]);
		expect(problems(withChange((p) => Object.assign(p.digitalAgenda as Profile, { basis2019: 'abgeleitet' })))).toEqual([
			`digitalAgenda.note2019: ${NOTE_REQUIRED}`,
		]);
		expect(
			problems(withChange((p) => Object.assign((p.smartCityIndex as Profile[])[0]!, { basis: 'abgeleitet', note: 'Aus „vier Plätze besser“ errechnet.' }))),
		).toEqual([]);
		expect(problems(withChange((p) => ((p.partners as Profile[])[0]!.basis = 'geschätzt')))[0]).toMatch(
			/^partners\.0\.basis: „geschätzt“ ist keine erlaubte Angabe zur Belegart/,
		);
	});

	it('checks index entries: rank not above the number of cities, categories, a result at all', () => {
		const entry = (change: Profile) => problems(withChange((p) => Object.assign((p.smartCityIndex as Profile[])[0]!, change)));
		expect(entry({ rank: 90, of: 82 })).toEqual(['smartCityIndex.0.rank: Rang 90 ist größer als die Zahl der bewerteten Städte (of: 82)']);
		expect(entry({ rank: undefined, score: undefined })).toEqual(['smartCityIndex.0: braucht rank, score oder categories']);
		expect(entry({ rank: undefined, categories: [{ name: 'verwaltung', rank: 6 }] })).toEqual([]);
		expect(entry({ categories: [{ name: 'Verwaltung', rank: 6 }] })[0]).toMatch(
			/^smartCityIndex\.0\.categories\.0\.name: „Verwaltung“ ist keine Kategorie des Smart City Index – gemeint: verwaltung\?/,
		);
		expect(entry({ categories: [{ name: 'mobilitaet' }] })).toEqual(['smartCityIndex.0.categories.0: braucht rank oder score']);
	});

	it('knows a consortium partner from a funded Modellprojekt', () => {
		expect(citySchema.parse(completeProfile()).modellprojekt?.role).toBe('traeger');
		expect(citySchema.parse(withChange((p) => ((p.modellprojekt as Profile).role = 'partner'))).modellprojekt?.role).toBe('partner');
	});
});

describe('messages that help an editor', () => {
	it('suggests the theme key an editor probably meant', () => {
		expect(problems(withChange((p) => (p.themes = ['Mobilität'])))).toEqual([
			`themes.0: „Mobilität“ ist kein Themen-Schlüssel – gemeint: mobilitaet? ${allowed(THEME_IDS)}`,
		]);
		expect(problems(withChange((p) => ((p.organisation as Profile[])[0]!.kind = 'stabstelle')))[0]).toMatch(
			/^organisation\.0\.kind: „stabstelle“ ist kein Organisationstyp – gemeint: stabsstelle\?/,
		);
	});

	it('says "Dezimalpunkt statt Komma" for a decimal comma', () => {
		expect(problems(withChange((p) => ((p.smartCityIndex as Profile[])[0]!.score = '61,5')))).toEqual([
			'smartCityIndex.0.score: „61,5“: Dezimalpunkt statt Komma schreiben (61.5) – muss eine Punktzahl von 0 bis 100 sein',
		]);
	});
});
