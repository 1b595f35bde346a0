import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/lib/scaffold/gazetteer';
import { SECTIONS } from '../../src/lib/scaffold/sections';
import { msg } from '../../src/lib/validate/messages';
import { isError } from '../../src/lib/validate/problem';
import { validateProfiles } from '../../src/lib/validate/validate';
import { citySchema } from '../../src/schemas/city';
import { parseFrontmatter, splitProfile } from '../../src/lib/profile-file';

const ROOT = resolve(import.meta.dirname, '../..');
const execute = promisify(execFile);

/** Runs `npm run new-city` (tsx) writing into `dir`; resolves with exit code and output. */
async function newCity(dir: string, ...args: string[]) {
	const cli = [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/new-city.ts')];
	try {
		const { stdout, stderr } = await execute(process.execPath, [...cli, ...args, '--dir', dir], { cwd: ROOT });
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, output: failed.stdout + failed.stderr };
	}
}

/** What an editor would research, by field (list indexes removed). */
const FILLED: Record<string, unknown> = {
	website: 'https://www.jena.de',
	'population.value': 110000,
	'population.year': 2023,
	'digitalAgenda.status': 'beschlossen',
	'digitalAgenda.title': 'Digitalstrategie',
	'digitalAgenda.year': 2020,
	'digitalAgenda.url': 'https://www.jena.de/digitalstrategie',
	'organisation.name': 'Stabsstelle Digitalisierung',
	'organisation.kind': 'stabsstelle',
	'organisation.since': 2019,
	'organisation.reportsTo': 'Oberbürgermeister',
	'partners.name': 'Stadtwerke Jena',
	'partners.kind': 'kommunales-unternehmen',
	'partners.role': 'Glasfaserausbau',
	themes: 'verwaltung',
	'projects.name': 'Jena-App',
	'projects.theme': 'verwaltung',
	'projects.summary': 'Eine App für Verwaltungsleistungen.',
	'modellprojekt.round': 2020,
	'modellprojekt.name': 'Jena vernetzt',
	'smartCityIndex.year': 2024,
	'smartCityIndex.rank': 10,
	'smartCityIndex.of': 82,
	'smartCityIndex.score': 71.5,
	'population.refs': 'stadt',
	'digitalAgenda.refs': 'stadt',
	'organisation.refs': 'stadt',
	'partners.refs': 'stadt',
	themeRefs: 'stadt',
	'projects.refs': 'stadt',
	'modellprojekt.refs': 'stadt',
	'smartCityIndex.refs': 'stadt',
	'sources.id': 'stadt',
	'sources.title': 'Digitalstrategie der Stadt Jena',
	'sources.url': 'https://www.jena.de/quelle',
};

/** Replaces every placeholder of a scaffolded profile, as an editor would. */
function fillPlaceholders(text: string): string {
	const source = splitProfile('x.mdx', text);
	const { doc } = parseFrontmatter(source);
	const walk = (value: unknown, path: (string | number)[]): void => {
		if (typeof value === 'string' && value.includes('TODO')) {
			const key = path.filter((part) => typeof part === 'string').join('.');
			expect(FILLED, `no fill value for ${key}`).toHaveProperty([key]);
			doc.setIn(path, FILLED[key]);
		} else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
		else if (value && typeof value === 'object') Object.entries(value).forEach(([key, item]) => walk(item, [...path, key]));
	};
	walk(doc.toJS(), []);
	const sentence = 'Jena beschreibt hier in eigenen Worten, was die Quellen belegen.[^stadt]';
	const body = source.body.replace(/^TODO: .*$/gm, `${sentence} ${sentence} ${sentence}`);
	return `---\n${doc.toString()}---\n${body}`;
}

/** Every test writes into a folder of its own, so that no test depends on another one or on their order. */
let dir: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atlas-new-city-'));
});

afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('npm run new-city for a unique name', () => {
	let scaffold: { code: number; output: string };
	let text: string;

	// Scaffolded once in a folder of its own; the tests below only read it.
	beforeAll(async () => {
		const own = await mkdtemp(join(tmpdir(), 'atlas-new-city-jena-'));
		scaffold = await newCity(own, 'Jena');
		text = await readFile(join(own, 'jena.mdx'), 'utf8');
		await rm(own, { recursive: true, force: true });
	}, 60_000);

	it('scaffolds a unique city with name, Land and coordinates from GeoNames', () => {
		expect(scaffold.code).toBe(0);
		expect(scaffold.output).toContain('Neues Profil angelegt');
		const data = parseFrontmatter(splitProfile('jena.mdx', text)).data as Record<string, any>;
		expect(data.name).toBe('Jena');
		expect(data.state).toBe('Thüringen');
		expect(data.coordinates.lat).toBeCloseTo(50.93, 1);
		expect(data.coordinates.lng).toBeCloseTo(11.59, 1);
	});

	it('writes every top-level field of the format and the lead and the sections', () => {
		const data = parseFrontmatter(splitProfile('jena.mdx', text)).data as Record<string, any>;
		expect(Object.keys(data).sort()).toEqual(Object.keys(citySchema.shape).sort());
		expect([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(SECTIONS.map((s) => s.heading));
	});

	it('produces a file the validator rejects until the placeholders are filled', () => {
		const problems = validateProfiles([{ file: 'jena.mdx', text }]).filter(isError);
		expect(problems.length).toBeGreaterThan(SECTIONS.length);
		expect(new Set(problems.map((p) => p.message))).toEqual(new Set([msg.placeholder, msg.placeholderText]));
		expect(problems.find((p) => p.field === 'sources.0.url')?.message).toBe(msg.placeholder);
	});

	it('passes the schema and the validator once the placeholders are filled', () => {
		const filled = fillPlaceholders(text);
		const source = splitProfile('jena.mdx', filled);
		expect(JSON.stringify(parseFrontmatter(source).data)).not.toContain('TODO');
		expect(source.body).not.toContain('TODO');
		expect(validateProfiles([{ file: 'jena.mdx', text: filled }])).toEqual([]);
	});
});

describe('npm run new-city', () => {
	it('does not overwrite an existing profile', async () => {
		const file = join(dir, 'jena.mdx');
		await writeFile(file, 'von Hand bearbeitet\n');
		const result = await newCity(dir, 'Jena');
		expect(result.code).toBe(1);
		expect(result.output).toMatch(/Für „Jena“ gibt es schon ein Profil: .*jena\.mdx – es wird nicht überschrieben/);
		expect(await readFile(file, 'utf8')).toBe('von Hand bearbeitet\n');
	});

	it('lists the candidates of an ambiguous name with Land and population and asks for --land', async () => {
		const result = await newCity(dir, 'Münster');
		expect(result.code).toBe(1);
		expect(result.output).toContain('„Münster“ ist mehrdeutig');
		expect(result.output).toMatch(/Münster, Nordrhein-Westfalen, [\d.]+ Einw\..*--land nordrhein-westfalen/);
		expect(result.output).toMatch(/Münster, Hessen, [\d.]+ Einw\./);
		expect(result.output).toContain('--land');
		expect(await readdir(dir)).not.toContain('muenster.mdx');
		const chosen = await newCity(dir, 'Münster', '--land', 'Nordrhein-Westfalen');
		expect(chosen.code).toBe(0);
		expect(await readFile(join(dir, 'muenster.mdx'), 'utf8')).toMatch(/^state: Nordrhein-Westfalen/m);
	});

	it('fails clearly for an unknown name and accepts coordinates with a Land instead', async () => {
		const unknown = await newCity(dir, 'Xyzdorf an der Nirgendwo');
		expect(unknown.code).toBe(1);
		expect(unknown.output).toContain('„Xyzdorf an der Nirgendwo“ steht nicht im Ortsverzeichnis');
		expect(unknown.output).toContain('--lat');
		const withoutLand = await newCity(dir, 'Xyzdorf an der Nirgendwo', '--lat', '52.1', '--lng', '9.3');
		expect(withoutLand.code).toBe(1);
		expect(withoutLand.output).toContain('bitte auch das Land angeben');
		const outside = await newCity(dir, 'Xyzdorf an der Nirgendwo', '--lat', '48.85', '--lng', '2.35', '--land', 'niedersachsen');
		expect(outside.code).toBe(1);
		expect(outside.output).toContain('liegt außerhalb Deutschlands');
		const given = await newCity(dir, 'Xyzdorf an der Nirgendwo', '--lat', '52.1', '--lng', '9.3', '--land', 'niedersachsen');
		expect(given.code).toBe(0);
		const text = await readFile(join(dir, 'xyzdorf-an-der-nirgendwo.mdx'), 'utf8');
		expect(text).toMatch(/^state: Niedersachsen/m);
		expect(text).toMatch(/^coordinates: \{ lat: 52\.1, lng: 9\.3 \}/m);
	});

	it('refuses an unknown Land', async () => {
		const result = await newCity(dir, 'Jena', '--land', 'Preußen');
		expect(result.code).toBe(1);
		expect(result.output).toContain('Unbekanntes Land „Preußen“');
	});
});

describe('GeoNames admin1 codes → Länder', () => {
	/** One city per Land (its capital), so every code of the mapping is checked against the data. */
	const CAPITALS: Record<string, string> = {
		Stuttgart: 'Baden-Württemberg',
		München: 'Bayern',
		Berlin: 'Berlin',
		Potsdam: 'Brandenburg',
		Bremen: 'Bremen',
		Hamburg: 'Hamburg',
		Wiesbaden: 'Hessen',
		Schwerin: 'Mecklenburg-Vorpommern',
		Hannover: 'Niedersachsen',
		Düsseldorf: 'Nordrhein-Westfalen',
		Mainz: 'Rheinland-Pfalz',
		Saarbrücken: 'Saarland',
		Dresden: 'Sachsen',
		Magdeburg: 'Sachsen-Anhalt',
		Kiel: 'Schleswig-Holstein',
		Erfurt: 'Thüringen',
	};

	it.each(Object.entries(CAPITALS))('%s lies in %s', (city, state) => {
		expect(findPlaces(city)[0]?.state).toBe(state);
	});

	it('finds Köln in Nordrhein-Westfalen and official names that GeoNames shortens', () => {
		expect(findPlaces('Köln').map((p) => p.state)).toEqual(['Nordrhein-Westfalen']);
		expect(findPlaces('Freiburg im Breisgau').map((p) => p.state)).toEqual(['Baden-Württemberg']);
		expect(findPlaces('Mülheim an der Ruhr').map((p) => p.state)).toEqual(['Nordrhein-Westfalen']);
	});
});
