import { describe, expect, it } from 'vitest';
import { checkSummaries, withSummaries } from '../../src/lib/history/summaries';
import type { ProfileCommit } from '../../src/lib/history/git-log';

const A = 'a'.repeat(40);
const B = '0123456789abcdef0123456789abcdef01234567';
const messages = (text: string) => checkSummaries(text, 'x.yaml').problems.map((p) => `${p.line}:${p.col} ${p.field} ${p.message}`);

describe('the change summaries file', () => {
	it('maps full commit hashes to one trimmed sentence each; an empty file maps nothing', () => {
		const { summaries, problems } = checkSummaries(`# comment\n${A}: "Köln: Rang 2024 ergänzt"\n${B}: '  Jena neu  '\n`);
		expect(problems).toEqual([]);
		expect([...summaries]).toEqual([
			[A, 'Köln: Rang 2024 ergänzt'],
			[B, 'Jena neu'],
		]);
		expect(checkSummaries('# nothing yet\n')).toEqual({ summaries: new Map(), problems: [] });
	});

	it('names file, line, column, key and what is allowed for each problem, and then maps nothing', () => {
		const text = `${A}: gut\nc7150da: kurz\n${B}:\n  - Liste\n${'f'.repeat(40)}: ""\n${'e'.repeat(40)}: ${'x'.repeat(201)}\n`;
		expect(messages(text)).toEqual([
			'2:1 c7150da „c7150da“ ist kein vollständiger Commit-Hash (40 Zeichen 0–9 und a–f, wie `git log --format=%H` ihn zeigt)',
			`4:3 ${B} muss ein Satz sein (Text in einer Zeile)`,
			`5:43 ${'f'.repeat(40)} darf nicht leer sein`,
			`6:43 ${'e'.repeat(40)} ist zu lang (höchstens 200 Zeichen): ein Satz für die Liste der Änderungen`,
		]);
		expect(checkSummaries(text).summaries.size).toBe(0);
		expect(checkSummaries(text, 'x.yaml').problems.every((p) => p.file === 'x.yaml' && p.severity === 'error')).toBe(true);
	});

	it('reports broken YAML, a repeated hash and a file that is not a mapping', () => {
		expect(messages(`${A}: "offen\n`)[0]).toMatch(/^1:43 YAML YAML-Syntaxfehler/);
		expect(messages(`${A}: Köln: Rang 2024 ergänzt\n`)).toEqual([expect.stringContaining('ein Satz mit „: “ steht in Anführungszeichen')]);
		expect(messages(`${A}: eins\n${A}: zwei\n`)).toEqual([expect.stringMatching(/^2:1 YAML YAML-Syntaxfehler/)]);
		expect(messages('- eine Liste\n')).toEqual(['1:1 YAML muss Zeilen der Form `<Commit-Hash>: <Satz>` enthalten']);
	});

	it('replaces the summary of the commits it names and leaves the others', () => {
		const commit = (hash: string): ProfileCommit => ({ hash, date: '2026-01-01T00:00:00Z', subject: 's', summary: 'trailer', slugs: ['ulm'] });
		expect(withSummaries([commit(A), commit(B)], new Map([[A, 'Satz']])).map((c) => c.summary)).toEqual(['Satz', 'trailer']);
	});
});
