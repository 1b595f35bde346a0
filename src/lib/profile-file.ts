import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { citySchema, type CityData } from '../schemas/city';

/** One profile file split into its frontmatter (as a YAML document with positions) and its MDX body. */
export interface ProfileSource {
	path: string;
	slug: string;
	text: string;
	/** Raw frontmatter text, or `null` when the file has no `---` block. */
	frontmatter: string | null;
	/** 1-based line of the first frontmatter line (the line after the opening `---`). */
	frontmatterLine: number;
	body: string;
	/** 1-based line of the first body line. */
	bodyLine: number;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

export function splitProfile(path: string, text: string): ProfileSource {
	const slug = basename(path).replace(/\.mdx?$/, '');
	const match = FRONTMATTER.exec(text);
	if (!match) return { path, slug, text, frontmatter: null, frontmatterLine: 1, body: text, bodyLine: 1 };
	const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
	return { path, slug, text, frontmatter: match[1] ?? '', frontmatterLine: 2, body: text.slice(match[0].length), bodyLine };
}

export interface ParsedFrontmatter {
	doc: Document;
	lines: LineCounter;
	data: unknown;
}

/**
 * The data read from each profile text, shared by every copy of this module in the process: Astro loads
 * the validator (an integration) and the content loader through different module graphs, and a build would
 * otherwise parse every profile twice. Capped, so that a long dev session cannot grow it without limit.
 */
const read: Map<string, unknown> = ((globalThis as Record<symbol, unknown>)[Symbol.for('smart-city-atlas.frontmatter')] ??= new Map()) as Map<string, unknown>;
const MAX_READ = 10_000;

export function parseFrontmatter(source: ProfileSource): ParsedFrontmatter {
	const lines = new LineCounter();
	const doc = parseDocument(source.frontmatter ?? '', { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const data: unknown = doc.errors.length ? undefined : doc.toJS();
	if (data !== undefined) {
		if (read.size >= MAX_READ) read.clear();
		read.set(source.text, data);
	}
	return { doc, lines, data };
}

/** The frontmatter data of a profile: what `parseFrontmatter` read from the same text, or a new reading. */
export function frontmatterData(source: ProfileSource): { data: unknown; error?: string } {
	if (read.has(source.text)) return { data: read.get(source.text) };
	const { doc, data } = parseFrontmatter(source);
	return data === undefined ? { data, error: doc.errors[0]?.message ?? 'kein Frontmatter' } : { data };
}

/** Reads and validates one profile; throws with the zod issues when it does not match the schema. */
export async function loadProfile(path: string): Promise<{ slug: string; data: CityData; body: string }> {
	const source = splitProfile(path, await readFile(path, 'utf8'));
	const { data } = parseFrontmatter(source);
	return { slug: source.slug, data: citySchema.parse(data), body: source.body };
}
