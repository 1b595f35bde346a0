import type { Basis } from '../schemas/evidence';

/**
 * Citations: facts and sentences point to the numbered source list of a portrait. In the prose an editor
 * writes `[^source-id]` after a sentence; in the frontmatter each fact has `refs: [source-id, …]`.
 * Source N is the N-th entry of `sources`, its list item has the id `quelle-N`.
 */
export const CITATION = /\[\^([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

/** A piece of prose text: plain text, or a run of adjacent citations (`[^a][^b]`). */
export type Segment = { text: string } | { ids: string[] };

/** Splits text at its citations; adjacent citations form one run. */
export function splitCitations(text: string): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(CITATION)) {
		const before = text.slice(last, match.index);
		const previous = segments.at(-1);
		if (before) segments.push({ text: before });
		else if (previous && 'ids' in previous) {
			previous.ids.push(match[1]!);
			last = match.index + match[0].length;
			continue;
		}
		segments.push({ ids: [match[1]!] });
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}

/** The number of each source id: its position in `sources`, from 1. */
export function sourceNumbers(sources: readonly { id: string }[]): Map<string, number> {
	return new Map(sources.map((source, index) => [source.id, index + 1]));
}

export const sourceAnchor = (n: number) => `quelle-${n}`;

/**
 * Citations of a fact shown outside its portrait (a project on a theme page): links to the portrait's
 * numbered source list at `portraitHref`; `anchor` prefixes the citations' own ids, unique on that page.
 */
export function citationsElsewhere(portraitHref: string, sources: readonly { id: string }[], refs: readonly string[], anchor: string): Citation[] {
	const numbers = sourceNumbers(sources);
	return refs.flatMap((id) => {
		const n = numbers.get(id);
		return n === undefined ? [] : [{ n, href: `${portraitHref}#${sourceAnchor(n)}`, anchor: `${anchor}-${n}` }];
	});
}

/** One citation as rendered: the source number, the link target and the citation's own anchor. */
export interface Citation {
	n: number;
	href: string;
	/** Id of the citation on the page, the target of the source list's link back. */
	anchor: string;
}

/** A link from a source list item back to a place that cites it. */
export interface Backlink {
	anchor: string;
	/** Where the citation stands: a fact box field or a prose section. */
	label: string;
}

/** Where a citation comes from: a fact (`digitalAgenda`, `partners.2` …) or a prose section. */
export interface CitationUse {
	ids: readonly string[];
	label: string;
}

/**
 * Numbers every citation of a portrait. `facts` are cited in the fact box (anchors `beleg-N-K`), `prose`
 * in the text (anchors `zitat-N-K`, the K-th citation of source N there, as the Markdown plugin numbers
 * them). Returns the citations per use, in the order given, and each source's links back.
 */
export function numberCitations(sources: readonly { id: string }[], facts: readonly CitationUse[], prose: readonly CitationUse[]) {
	const numbers = sourceNumbers(sources);
	const backlinks = new Map<number, Backlink[]>();
	const place = (prefix: string) => {
		const counts = new Map<number, number>();
		return ({ ids, label }: CitationUse): Citation[] =>
			ids.flatMap((id) => {
				const n = numbers.get(id);
				if (n === undefined) return [];
				const k = (counts.get(n) ?? 0) + 1;
				counts.set(n, k);
				const anchor = `${prefix}-${n}-${k}`;
				backlinks.set(n, [...(backlinks.get(n) ?? []), { anchor, label }]);
				return [{ n, href: `#${sourceAnchor(n)}`, anchor }];
			});
	};
	const factCitations = facts.map(place('beleg'));
	prose.forEach(place('zitat'));
	return { facts: factCitations, backlinks };
}

/** What the fact box shows about a fact's evidence. */
export interface FactEvidence {
	citations: Citation[];
	basis: Basis;
	note?: string | undefined;
}
