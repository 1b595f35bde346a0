import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { END, renderTables, START } from '../../scripts/docs/contributing-tables';
import { citySchema } from '../../src/schemas/city';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every enum value and every property name of the profile schema, read from its JSON Schema form. */
function schemaVocabulary() {
	const values = new Set<string>();
	const properties = new Set<string>();
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) return node.forEach(walk);
		if (!node || typeof node !== 'object') return;
		const record = node as Record<string, unknown>;
		if (Array.isArray(record.enum)) record.enum.forEach((value) => values.add(String(value)));
		if ('const' in record) values.add(String(record.const));
		if (record.properties) Object.keys(record.properties).forEach((key) => properties.add(key));
		Object.values(record).forEach(walk);
	};
	walk(z.toJSONSchema(citySchema, { io: 'input', unrepresentable: 'any' }));
	return { values: [...values], properties: [...properties] };
}

describe('CONTRIBUTING.md', () => {
	let doc = '';
	const codeSpans = () => [...doc.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!);

	beforeAll(async () => {
		doc = await readFile(resolve(ROOT, 'CONTRIBUTING.md'), 'utf8');
	});

	it('contains the tables of allowed values exactly as generated from the schema', () => {
		const block = doc.slice(doc.indexOf(START), doc.indexOf(END) + END.length);
		expect(block).toBe(renderTables());
	});

	it('lists every enum value of the schema as code', () => {
		const { values } = schemaVocabulary();
		expect(values.length).toBeGreaterThan(0);
		const spans = new Set(codeSpans());
		expect(values.filter((value) => !spans.has(value))).toEqual([]);
	});

	it('names every field of the schema', () => {
		const { properties } = schemaVocabulary();
		const spans = codeSpans().join('\n');
		expect(properties.filter((key) => !new RegExp(`\\b${key}\\b`).test(spans))).toEqual([]);
	});

	it('explains the steps an editor takes', () => {
		for (const command of ['npm run new-city', 'npm run dev', 'npm run validate', '/daten/profil.schema.json', 'yaml-language-server']) {
			expect(doc).toContain(command);
		}
	});
});
