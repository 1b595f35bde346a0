import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { AGENDA_STATUSES, LIST_FIELDS, MODELLPROJEKT_ROUNDS, ORGANISATION_KINDS, PARTNER_KINDS } from '../../src/schemas/city';
import { allowed } from '../../src/schemas/messages';
import { STATE_NAMES } from '../../src/schemas/states';
import { THEME_IDS } from '../../src/schemas/themes';
import { formatGithub, formatProblem } from '../../src/lib/validate/format';
import { msg } from '../../src/lib/validate/messages';
import { isError, type Problem } from '../../src/lib/validate/problem';
import { validateFiles, validateProfiles } from '../../src/lib/validate/validate';
import { completeBody, completeProfile } from '../fixtures/profile';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/invalid');
const run = promisify(execFile);

type Expected = [field: string, line: number, message: string | RegExp];
const simple = (problem: Problem) => ({ field: problem.field, line: problem.line, message: problem.message });
const expected = ([field, line, message]: Expected) => ({ field, line, message: typeof message === 'string' ? message : expect.stringMatching(message) });

const MISSING = 'Pflichtfeld fehlt';
const BAD_URL = (schemes: string) => `muss eine vollständige Adresse sein ${allowed(schemes.split(' '))}`;
const GERMANY = allowed(['lat 47.2–55.1', 'lng 5.8–15.1']);
const MDX_SYNTAX = /^MDX-Syntaxfehler: /;

/** Every fixture of tests/fixtures/invalid with the errors (field, line, message) it must produce — no more, no less. */
const CASES: Record<string, Expected[]> = {
	'missing-name': [['name', 1, MISSING]],
	'missing-state': [['state', 1, MISSING]],
	'missing-coordinates': [['coordinates', 1, MISSING]],
	'missing-digital-agenda': [['digitalAgenda', 1, MISSING]],
	'missing-organisation': [['organisation', 1, MISSING]],
	'missing-partners': [['partners', 1, MISSING]],
	'missing-themes': [['themes', 1, MISSING]],
	'missing-sources': [['sources', 1, MISSING]],
	'missing-updated': [['updated', 1, MISSING]],
	'missing-agenda-status': [['digitalAgenda.status', 8, MISSING]],
	'missing-organisation-kind': [['organisation.0.kind', 17, MISSING]],
	'missing-status2019-atlas-city': [['digitalAgenda.status2019', 8, `Pflichtfeld für Städte des Atlas 2019 (atlas2019: true) ${allowed(AGENDA_STATUSES)}`]],
	'empty-name': [['name', 2, 'darf nicht leer sein']],
	'no-sources': [['sources', 35, 'braucht mindestens eine Quelle mit id, title und url']],
	'no-themes': [['themes', 25, `braucht mindestens ein Thema ${allowed(THEME_IDS)}`]],
	'bad-state': [['state', 3, `„Preußen“ ist kein Bundesland ${allowed(STATE_NAMES)}`]],
	'bad-agenda-status': [['digitalAgenda.status', 9, `„fertig“ ist kein Status der digitalen Agenda ${allowed(AGENDA_STATUSES)}`]],
	'bad-agenda-status2019': [['digitalAgenda.status2019', 11, `„geplant“ ist kein Status der digitalen Agenda ${allowed(AGENDA_STATUSES)}`]],
	'bad-organisation-kind': [['organisation.0.kind', 18, `„ministerium“ ist kein Organisationstyp ${allowed(ORGANISATION_KINDS)}`]],
	'bad-partner-kind': [['partners.0.kind', 23, `„verein“ ist kein Partnertyp ${allowed(PARTNER_KINDS)}`]],
	'bad-theme': [['themes.1', 25, `„raumfahrt“ ist kein Themen-Schlüssel ${allowed(THEME_IDS)}`]],
	'bad-project-theme': [['projects.0.theme', 28, `„kultur“ ist kein Themen-Schlüssel ${allowed(THEME_IDS)}`]],
	'bad-modellprojekt-round': [['modellprojekt.round', 31, `2018 ist keine Förderstaffel – gemeint: 2019? ${allowed(MODELLPROJEKT_ROUNDS)}`]],
	'bad-list-name': [['listsFromOtherSources.0', 34, `„partner“ ist kein Listenname – gemeint: partners? ${allowed(LIST_FIELDS)}`]],
	'bad-year': [['digitalAgenda.year', 14, '„zwanzig“ ist keine Zahl – muss eine Jahreszahl sein, z. B. 2019']],
	'bad-date': [['updated', 39, 'muss ein Datum der Form JJJJ-MM-TT sein, z. B. 2026-11-22']],
	'bad-population': [['population.value', 6, '„viele“ ist keine Zahl – muss eine Zahl sein (Einwohnerzahl)']],
	'coordinates-outside-germany': [['coordinates', 4, `liegt außerhalb Deutschlands ${GERMANY}`]],
	'coordinates-swapped': [['coordinates', 4, `Breite und Länge sind vertauscht: lat ist die Nord-Süd-Angabe ${GERMANY}`]],
	'unknown-key': [['webseite', 5, /^unbekanntes Feld „webseite“ – gemeint: website\? \(erlaubt: name, state, coordinates, website,/]],
	'unknown-key-nested': [['digitalAgenda.jahr', 14, /^unbekanntes Feld „jahr“ \(erlaubt: status, title, year, url, refs, basis, note, status2019,/]],
	'bad-url-website': [['website', 5, BAD_URL('https://…')]],
	'bad-url-source': [['sources.0.url', 38, BAD_URL('https://… http://…')]],
	'duplicate-source-url': [['sources.1.url', 41, 'diese Adresse steht schon weiter oben in sources']],
	'yaml-syntax': [['frontmatter', 13, /^YAML-Syntaxfehler: ein Zeichen fehlt, z\. B\. ein schließendes Anführungszeichen/]],
	'yaml-duplicate-key': [['frontmatter', 5, /^YAML-Syntaxfehler: Feld steht doppelt/]],
	'yaml-tab-indent': [
		['frontmatter', 9, /^YAML-Syntaxfehler: Tabulator als Einrückung/],
		['frontmatter', 10, /^YAML-Syntaxfehler: /],
		['frontmatter', 12, /^YAML-Syntaxfehler: /],
		['frontmatter', 13, /^YAML-Syntaxfehler: /],
		['frontmatter', 14, /^YAML-Syntaxfehler: /],
	],
	'missing-frontmatter': [['frontmatter', 1, msg.noFrontmatter]],
	'duplicate-name-a': [['name', 2, /^Name „Doppelstadt“ kommt doppelt vor \(auch in tests\/fixtures\/invalid\/duplicate-name-b\.mdx\)$/]],
	'duplicate-name-b': [['name', 2, /^Name „Doppelstadt“ kommt doppelt vor \(auch in tests\/fixtures\/invalid\/duplicate-name-a\.mdx\)$/]],
	'placeholder-frontmatter': [['sources.0.url', 38, msg.placeholder]],
	'placeholder-text': [['Text', 44, msg.placeholderText]],
	'mdx-import': [['Text', 46, msg.esm]],
	'mdx-export': [['Text', 46, msg.esm]],
	'mdx-script': [['Text', 46, msg.forbiddenElement('script')]],
	'mdx-iframe': [['Text', 46, msg.forbiddenElement('iframe')]],
	'mdx-style': [
		['Text', 46, msg.forbiddenElement('style')],
		['Text', 46, msg.expression],
	],
	'mdx-object': [['Text', 46, msg.forbiddenElement('object')]],
	'mdx-embed': [['Text', 46, msg.forbiddenElement('embed')]],
	'mdx-event-handler': [['Text', 46, msg.eventHandler('onmouseover')]],
	'mdx-javascript-link': [['Text', 46, msg.badUrl('javascript')]],
	'mdx-javascript-attribute': [['Text', 46, msg.badUrl('javascript')]],
	'mdx-data-url': [['Text', 46, msg.badUrl('data')]],
	'mdx-foreign-image': [['Text', 46, msg.foreignImage]],
	'mdx-expression-flow': [['Text', 46, msg.expression]],
	'mdx-expression-text': [['Text', 46, msg.expression]],
	'mdx-expression-attribute': [['Text', 46, msg.expression]],
	'mdx-unknown-component': [['Text', 46, /^<Karte> ist nicht freigegeben \(erlaubt: <Hinweis>/]],
	'mdx-unknown-html': [['Text', 46, /^<div> ist nicht freigegeben \(erlaubt: /]],
	'mdx-syntax-error': [['Text', 46, MDX_SYNTAX]],
	'three-errors': [
		['state', 3, `„Preußen“ ist kein Bundesland ${allowed(STATE_NAMES)}`],
		['digitalAgenda.jahr', 14, /^unbekanntes Feld „jahr“/],
		['Text', 46, msg.forbiddenElement('script')],
	],
};

/** Fixtures that only fail together with others (cross-file rules). */
const TOGETHER: Record<string, string[]> = {
	'duplicate-name-a': ['duplicate-name-a', 'duplicate-name-b'],
	'duplicate-name-b': ['duplicate-name-a', 'duplicate-name-b'],
};

async function errorsOf(name: string): Promise<Problem[]> {
	const files = (TOGETHER[name] ?? [name]).map((fixture) => join(FIXTURES, `${fixture}.mdx`));
	const problems = await validateFiles(files, ROOT);
	return problems.filter((problem) => isError(problem) && problem.file.endsWith(`/${name}.mdx`));
}

function profileText(change: (profile: Record<string, unknown>) => void = () => {}, body = completeBody()) {
	const profile = structuredClone(completeProfile()) as Record<string, unknown>;
	change(profile);
	return `---\n${stringify(profile)}---\n\n${body}`;
}

describe('validator fixtures (tests/fixtures/invalid)', () => {
	it.each(Object.entries(CASES))('%s: reports exactly the expected errors with field and line', async (name, errors) => {
		expect((await errorsOf(name)).map(simple)).toEqual(errors.map(expected));
	});

	it('reports all three errors of a file with three different problems', async () => {
		const errors = await errorsOf('three-errors');
		expect(new Set(errors.map((error) => error.field))).toEqual(new Set(['state', 'digitalAgenda.jahr', 'Text']));
	});

	it('does not flag a profile as a duplicate of itself', async () => {
		const alone = (await validateFiles([join(FIXTURES, 'duplicate-name-a.mdx')], ROOT)).filter(isError);
		expect(alone).toEqual([]);
	});
});

describe('validator on constructed profiles', () => {
	it('accepts a complete profile without any problem', () => {
		expect(validateProfiles([{ file: 'musterstadt.mdx', text: profileText() }])).toEqual([]);
	});

	it('accepts an editor component from the allow-list and refuses unknown attributes on it', () => {
		const ok = profileText(undefined, `${completeBody()}\n<Hinweis titel="Stand">Die Angaben beruhen auf **zwei** Quellen.[^steckbrief]</Hinweis>\n`);
		expect(validateProfiles([{ file: 'musterstadt.mdx', text: ok }])).toEqual([]);
		const bad = profileText(undefined, `${completeBody()}\n<Hinweis farbe="rot">Text</Hinweis>\n`);
		expect(validateProfiles([{ file: 'musterstadt.mdx', text: bad }]).map((p) => p.message)).toEqual([msg.unknownAttribute('Hinweis', 'farbe', 'titel')]);
	});

	it.each([
		['[x]( JaVaScRiPt:alert(1))', 'javascript'],
		['[x](<java\tscript:alert(1)>)', 'javascript'],
		['[x](&#106;avascript:alert(1))', 'javascript'],
		['[x][ref]\n\n[ref]: vbscript:msgbox(1)', 'vbscript'],
		['<abbr title="x" cite=" data:text/html,x">y</abbr>', 'data'],
	])('refuses disguised script URLs: %s', (body, scheme) => {
		const problems = validateProfiles([{ file: 'musterstadt.mdx', text: profileText(undefined, `## Überblick\n\n${body}\n`) }]);
		expect(problems.map((p) => p.message)).toContain(msg.badUrl(scheme));
	});

	it('accepts ordinary links, mail addresses, anchors and relative paths', () => {
		const body = `${completeBody()}\n[Stadt](https://www.musterstadt.example), [Mail](mailto:a@b.example), [oben](#ueberblick), [Karte](/karte/), [alt](http://alt.example).[^steckbrief]\n`;
		expect(validateProfiles([{ file: 'musterstadt.mdx', text: profileText(undefined, body) }])).toEqual([]);
	});

	it('refuses a file name that is not a slug and the same slug twice', () => {
		const text = profileText();
		expect(
			validateProfiles([{ file: 'Musterstadt.mdx', text }])
				.filter(isError)
				.map((p) => [p.field, p.line, p.message]),
		).toEqual([['Dateiname', 1, msg.badFileName('musterstadt')]]);
		const twice = validateProfiles([
			{ file: 'a/musterstadt.mdx', text },
			{ file: 'b/musterstadt.mdx', text: profileText((p) => (p.name = 'Musterstadt an der See')) },
		]);
		expect(twice.filter(isError).map((p) => `${p.file} ${p.field} ${p.message}`)).toEqual([
			`a/musterstadt.mdx Dateiname ${msg.duplicateSlug('b/musterstadt.mdx')}`,
			`b/musterstadt.mdx Dateiname ${msg.duplicateSlug('a/musterstadt.mdx')}`,
		]);
	});

	it('compares given files with the rest of the collection but reports only the given ones', () => {
		const collection = [
			{ file: 'src/content/cities/musterstadt.mdx', text: profileText() },
			{ file: 'src/content/cities/kaputt.mdx', text: 'kein Frontmatter' },
		];
		const problems = validateProfiles([{ file: 'neu/muster-stadt.mdx', text: profileText() }], collection);
		expect(problems.filter(isError).map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`)).toEqual([
			`neu/muster-stadt.mdx:2 name ${msg.duplicateName('Musterstadt', 'src/content/cities/musterstadt.mdx')}`,
		]);
	});

	it('treats names with the same slug as duplicates (Köln and Koeln)', () => {
		const problems = validateProfiles([
			{ file: 'koeln.mdx', text: profileText((p) => (p.name = 'Köln')) },
			{ file: 'koeln-2.mdx', text: profileText((p) => (p.name = 'Koeln')) },
		]);
		expect(problems.filter(isError).map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual(['koeln-2.mdx:2 name', 'koeln.mdx:2 name']);
	});
});

describe('citations and sources', () => {
	const check = (body: string, change?: (profile: Record<string, unknown>) => void) =>
		validateProfiles([{ file: 'musterstadt.mdx', text: profileText(change, body) }]);
	const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

	it('refuses a prose citation of an unknown source id, with its line and a suggestion', () => {
		const body = `${completeBody()}\nNoch ein Satz.[^steckbrif]\n`;
		const text = profileText(undefined, body);
		const errors = validateProfiles([{ file: 'musterstadt.mdx', text }]).filter(isError);
		expect(errors.map((p) => [p.field, p.line, p.message])).toEqual([
			['Text', lineOf(text, '[^steckbrif]'), 'Quellenverweis „steckbrif“ ist keine Quellen-ID aus sources – gemeint: steckbrief? (vorhanden: steckbrief)'],
		]);
	});

	it('refuses a fact reference to an unknown source id, with its line', () => {
		const text = profileText((p) => ((p.partners as { refs: string[] }[])[0]!.refs = ['stadtwerke']));
		const errors = validateProfiles([{ file: 'musterstadt.mdx', text }]).filter(isError);
		expect(errors.map((p) => [p.field, p.line, p.message])).toEqual([
			['partners.0.refs.0', lineOf(text, '- stadtwerke'), '„stadtwerke“ ist keine Quellen-ID aus sources (vorhanden: steckbrief)'],
		]);
	});

	it('warns about a source that no fact and no sentence cites', () => {
		const problems = check(completeBody(), (p) =>
			(p.sources as object[]).push({ id: 'ungenutzt', title: 'Ungenutzt', url: 'https://www.musterstadt.example/x' }),
		);
		expect(problems.map((p) => [p.severity, p.field, p.message])).toEqual([['warning', 'sources.1.id', msg.unusedSource('ungenutzt')]]);
	});

	it('counts a source cited only in the prose as used', () => {
		const body = `${completeBody()}\nMehr dazu.[^presse]\n`;
		const problems = check(body, (p) => (p.sources as object[]).push({ id: 'presse', title: 'Presse', url: 'https://www.musterstadt.example/presse' }));
		expect(problems).toEqual([]);
	});

	it.each([
		['https://wz.de./nrw/artikel', msg.trailingDot('wz.de'), 'url'],
		['https://www.musterstadt.example/a?utm_source=rss&x=1', msg.trackingParameter(['utm_source']), 'url'],
		['https://beesmart.city/de/city-portraits/smart-city-x?hs_amp=true', msg.trackingParameter(['hs_amp']), 'url'],
		['https://de.readkong.com/page/modellprojekte-123', msg.mirrorTitle('readkong.com'), 'title'],
	])('warns about source hygiene: %s', (url, message, field) => {
		const problems = check(completeBody(), (p) => ((p.sources as { url: string }[])[0]!.url = url));
		expect(problems.map((p) => [p.severity, p.field, p.message])).toEqual([['warning', `sources.0.${field}`, message]]);
	});

	it('accepts a mirror whose title names the original and says it is a copy', () => {
		const problems = check(completeBody(), (p) => {
			(p.sources as { url: string; title: string }[])[0] = {
				id: 'steckbrief',
				title: 'Modellprojekte Smart Cities 2020 (BBSR, 2020, Kopie)',
				url: 'https://de.readkong.com/page/x',
			} as never;
		});
		expect(problems).toEqual([]);
	});
});

describe('prose rules (writing guide)', () => {
	const warnings = (body: string) =>
		validateProfiles([{ file: 'musterstadt.mdx', text: profileText(undefined, body) }])
			.filter((p) => !isError(p))
			.map((p) => p.message);

	it('accepts a body that follows the guide', () => {
		expect(warnings(completeBody())).toEqual([]);
	});

	it('warns about research-log phrases outside the Quellenlage, with their place', () => {
		const body = `${completeBody()}\nDie ausgewerteten Quellen nennen keine Partner.[^steckbrief]\n\n## Quellenlage\n\nEin Beschluss ist nicht belegt.[^steckbrief]\n`;
		const text = profileText(undefined, body);
		const problems = validateProfiles([{ file: 'musterstadt.mdx', text }]).filter((p) => p.message.startsWith('Rechercheprotokoll'));
		expect(problems.map((p) => [p.line, p.col, p.message])).toEqual([
			[text.split('\n').findIndex((l) => l.startsWith('Die ausgewerteten')) + 1, 5, msg.researchLog('ausgewertete Quellen')],
		]);
	});

	it('warns about a missing lead, an unknown or misplaced section and a section without citation', () => {
		const body = `## Digitale Agenda\n\n${completeBody()}\n## Überblick\n\nOhne Quelle.\n\n## Digitale Agenda\n\nNoch einmal.[^steckbrief]\n`;
		expect(warnings(body)).toEqual(
			expect.arrayContaining([
				msg.noLead,
				expect.stringMatching(/^Abschnitt „Überblick“ ist keiner der Porträt-Abschnitte/),
				msg.uncitedSection('Überblick'),
				expect.stringMatching(/^Abschnitt „Digitale Agenda“ steht doppelt/),
			]),
		);
	});

	it('refuses a list item that starts with a day ("- 16. September"), which Markdown makes a numbered list; an escaped dot passes', () => {
		const item = (day: string) => `${completeBody()}\n- ${day} September 2024: Rang 3.[^steckbrief]\n`;
		const text = profileText(undefined, item('16.'));
		const problems = validateProfiles([{ file: 'musterstadt.mdx', text }]).filter(isError);
		expect(problems.map((p) => [p.line, p.col, p.message])).toEqual([[text.split('\n').findIndex((l) => l.startsWith('- 16.')) + 1, 3, msg.listNumber(16)]]);
		expect(msg.listNumber(16)).toBe(
			'„16.“ am Anfang des Listenpunkts macht daraus eine zweite, nummerierte Liste, die bei 16 beginnt; ist ein Datum gemeint, den Punkt mit \\ schützen: „- 16\\. …“',
		);
		expect(validateProfiles([{ file: 'musterstadt.mdx', text: profileText(undefined, item('16\\.')) }]).filter(isError)).toEqual([]);
	});

	it('warns about a body that is too short or too long', () => {
		expect(warnings('Kurz.[^steckbrief]\n')).toEqual([expect.stringMatching(/^Text hat 1 Wörter/)]);
		const long = Array.from({ length: 70 }, () => 'Ein Satz mit genau neun Wörtern, der belegt ist.[^steckbrief]').join(' ');
		expect(warnings(`${long}\n`)).toEqual([expect.stringMatching(/^Text hat 630 Wörter/)]);
	});

	it('refuses a body over 60 KB', () => {
		const text = profileText(undefined, 'x'.repeat(61 * 1024));
		expect(
			validateProfiles([{ file: 'musterstadt.mdx', text }])
				.filter(isError)
				.map((p) => p.message),
		).toEqual([msg.bodyTooLarge(62, 60)]);
		const justBelow = profileText(undefined, `${completeBody()}${'x'.repeat(58 * 1024)}\n`);
		expect(validateProfiles([{ file: 'musterstadt.mdx', text: justBelow }]).filter(isError)).toEqual([]);
	});
});

describe('warnings', () => {
	const WARNINGS = join(FIXTURES, 'warnings');

	it('warns (no error) when the coordinates lie in another Land than stated', async () => {
		const problems = await validateFiles([join(WARNINGS, 'wrong-land.mdx')], ROOT);
		expect(problems.filter(isError)).toEqual([]);
		expect(problems.filter((p) => p.field === 'coordinates').map(simple)).toEqual([
			{ field: 'coordinates', line: 4, message: expect.stringMatching(/^Koordinaten liegen vermutlich nicht in Bayern: nächster Ort .* \(Niedersachsen, /) },
		]);
	});

	it('keeps a frontmatter name with markup as plain text and warns about it', async () => {
		const file = join(WARNINGS, 'html-in-name.mdx');
		const problems = await validateFiles([file], ROOT);
		expect(problems.filter(isError)).toEqual([]);
		expect(problems.filter((p) => p.field === 'name' && p.line === 2).map((p) => p.message)).toContain(msg.htmlInText);
		// The value stays exactly the text the editor wrote; escaping it is the pages' job (tests/build/escaping.test.ts).
		expect(await readFile(file, 'utf8')).toContain('name: "<img src=x onerror=alert(1)>"');
	});
});

describe('output', () => {
	const problem: Problem = {
		file: 'src/content/cities/x.mdx',
		line: 3,
		col: 1,
		field: 'state',
		message: 'unbekanntes Land (erlaubt: Bayern, Berlin)',
		severity: 'error',
	};

	it('prints one line per problem: file:line:col, field, message', () => {
		expect(formatProblem(problem)).toBe('src/content/cities/x.mdx:3:1  state  unbekanntes Land (erlaubt: Bayern, Berlin)');
		expect(formatProblem({ ...problem, severity: 'warning' })).toBe('src/content/cities/x.mdx:3:1  state  Warnung: unbekanntes Land (erlaubt: Bayern, Berlin)');
	});

	it('prints GitHub annotations with escaped properties', () => {
		expect(formatGithub(problem)).toBe('::error file=src/content/cities/x.mdx,line=3,col=1,title=state::unbekanntes Land (erlaubt: Bayern, Berlin)');
		expect(formatGithub({ ...problem, severity: 'warning', field: 'a,b', message: '100 %\nzwei' })).toBe(
			'::warning file=src/content/cities/x.mdx,line=3,col=1,title=a%2Cb::100 %25%0Azwei',
		);
	});

	it('npm run validate exits with 1 and annotates under GitHub Actions', async () => {
		const cli = [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/validate.ts')];
		const failing = await run(process.execPath, [...cli, 'tests/fixtures/invalid/bad-state.mdx'], {
			cwd: ROOT,
			env: { ...process.env, GITHUB_ACTIONS: 'true' },
		}).catch((error: { code: number; stdout: string; stderr: string }) => error);
		expect('code' in failing ? failing.code : 0).toBe(1);
		expect(failing.stderr).toContain('tests/fixtures/invalid/bad-state.mdx:3:1  state  „Preußen“ ist kein Bundesland (erlaubt: Baden-Württemberg');
		expect(failing.stdout).toContain('::error file=tests/fixtures/invalid/bad-state.mdx,line=3,col=1,title=state::„Preußen“ ist kein Bundesland');
		expect(failing.stdout).toContain('1 Profil geprüft: 1 Fehler in 1 Datei');
		const passing = await run(process.execPath, [...cli, 'tests/fixtures/invalid/warnings/wrong-land.mdx'], {
			cwd: ROOT,
			env: { ...process.env, GITHUB_ACTIONS: 'true' },
		});
		expect(passing.stdout).toContain('::warning file=tests/fixtures/invalid/warnings/wrong-land.mdx,line=4,col=1,title=coordinates::');
	});
});
