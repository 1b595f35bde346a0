import { describe, expect, it } from 'vitest';
import { checkFormerSlugs, lostAddresses, withCurrentSlugs } from '../../src/lib/former-slugs';
import { publishedSlugs, type GitRunner } from '../../src/lib/history/read';

const PROFILES = new Set(['frankfurt-am-main', 'koeln']);
const messages = (text: string) => checkFormerSlugs(text, PROFILES, 'x.yaml').problems.map((p) => `${p.line}:${p.col} ${p.field} ${p.message}`);

describe('the former slugs file', () => {
	it('maps former slugs to the profiles now; an empty file maps nothing', () => {
		const { formerSlugs, problems } = checkFormerSlugs('# comment\nfrankfurt: frankfurt-am-main\nkoeln-am-rhein: koeln\n', PROFILES);
		expect(problems).toEqual([]);
		expect([...formerSlugs]).toEqual([
			['frankfurt', 'frankfurt-am-main'],
			['koeln-am-rhein', 'koeln'],
		]);
		expect(checkFormerSlugs('# nothing yet\n', PROFILES)).toEqual({ formerSlugs: new Map(), problems: [] });
	});

	it('names file, line, column, key and what is allowed for each problem, and then maps nothing', () => {
		const text = 'frankfurt: frankfurt-am-main\nkoeln: frankfurt-am-main\nKöln-Alt: koeln\nbonn: bonn-neu\nulm:\n  - koeln\n';
		expect(messages(text)).toEqual([
			'2:1 koeln „koeln“ ist die Kennung eines bestehenden Profils (src/content/cities/koeln.mdx); eine frühere Adresse kann keine heutige sein',
			'3:1 Köln-Alt „Köln-Alt“ ist keine Kennung einer Stadt (nur a–z, 0–9 und -, wie der Dateiname eines Profils ohne .mdx)',
			'4:7 bonn „bonn-neu“ ist kein Profil in src/content/cities/ (erwartet: die Kennung der Stadt heute, der Dateiname ihres Profils ohne .mdx)',
			'6:3 ulm muss eine Kennung sein (der Dateiname eines Profils ohne .mdx)',
		]);
		expect(checkFormerSlugs(text, PROFILES).formerSlugs.size).toBe(0);
	});

	it('reports broken YAML, a repeated former slug and a file that is not a mapping', () => {
		expect(messages('frankfurt: "offen\n')[0]).toMatch(/^1:12 YAML YAML-Syntaxfehler/);
		expect(messages('frankfurt: koeln\nfrankfurt: koeln\n')).toEqual([expect.stringMatching(/^2:1 YAML YAML-Syntaxfehler/)]);
		expect(messages('- frankfurt\n')).toEqual([
			'1:1 YAML muss Zeilen der Form `<frühere-kennung>: <heutige-kennung>` enthalten, z. B. `frankfurt: frankfurt-am-main`',
		]);
	});
});

describe('published addresses', () => {
	it('warns about each published slug that is neither a profile nor a former slug, once', () => {
		const warnings = lostAddresses(['koeln', 'frankfurt', 'bonn', 'frankfurt'], PROFILES, new Map([['bonn', 'koeln']]));
		expect(warnings.map((p) => [p.file, p.line, p.col, p.field, p.severity])).toEqual([['src/content/former-slugs.yaml', 1, 1, 'frankfurt', 'warning']]);
		expect(warnings[0]!.message).toBe(
			'Die Adresse /staedte/frankfurt/ war veröffentlicht und hat kein Profil mehr: in src/content/former-slugs.yaml „frankfurt: <heutige-kennung>“ eintragen, damit Links darauf weiter zum Porträt führen',
		);
	});

	it('are the profile files of every commit, also renamed and removed ones; none without a full history', () => {
		const commit = (hash: string, files: string[]) => `\x1e${hash.repeat(40)}\x1f2026-01-01T00:00:00Z\x1fs\x1f\n\n${files.join('\n')}\n`;
		const log =
			commit('b', ['src/content/cities/frankfurt-am-main.mdx', 'README.md']) +
			commit('a', ['src/content/cities/frankfurt.mdx', 'src/content/cities/koeln.mdx']);
		const git =
			(shallow: string): GitRunner =>
			(args) =>
				args[0] === 'rev-parse' ? shallow : log;
		expect(publishedSlugs('.', git('false')).sort()).toEqual(['frankfurt', 'frankfurt-am-main', 'koeln']);
		expect(publishedSlugs('.', git('true'))).toEqual([]);
		expect(
			publishedSlugs('.', () => {
				throw new Error('no git');
			}),
		).toEqual([]);
	});
});

describe('the history of a renamed profile', () => {
	it('counts commits that touched the former file for the portrait now', () => {
		const commit = { hash: 'a'.repeat(40), date: '2026-01-01T00:00:00Z', subject: 's', summary: 's', slugs: ['frankfurt', 'frankfurt-am-main', 'koeln'] };
		expect(withCurrentSlugs([commit], new Map([['frankfurt', 'frankfurt-am-main']]))[0]!.slugs).toEqual(['frankfurt-am-main', 'koeln']);
		expect(withCurrentSlugs([commit], new Map())[0]).toEqual(commit);
	});
});
