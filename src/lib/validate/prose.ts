import type { Heading, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { CITATION } from '../citations';
import { PORTRAIT_SECTIONS, PROSE_WORDS, RESEARCH_LOG_PHRASES, SOURCES_SECTION } from '../../schemas/portrait';
import { msg } from './messages';
import type { Place, Problem } from './problem';

const FIELD = 'Text';

/** A `##` section of the prose (the lead has the title `null`) with its text and citations. */
export interface ProseSection {
	title: string | null;
	at: Place;
	text: string;
	citations: { id: string; at: Place }[];
	phrases: { label: string; at: Place }[];
}

/** Place of `index` inside a text node, counted from the node's start (good enough for a pointer to the line). */
function placeIn(node: Text, index: number, firstLine: number): Place {
	const before = node.value.slice(0, index);
	const lines = before.split('\n');
	const start = node.position?.start ?? { line: 1, column: 1 };
	const line = start.line + lines.length - 1 + firstLine - 1;
	return { line, col: lines.length === 1 ? start.column + before.length : lines.at(-1)!.length + 1 };
}

/** Splits the prose into its sections: the lead, then one per `##` heading. */
export function proseSections(tree: Root, firstLine: number): ProseSection[] {
	const sections: ProseSection[] = [{ title: null, at: { line: firstLine, col: 1 }, text: '', citations: [], phrases: [] }];
	for (const node of tree.children as RootContent[]) {
		if (node.type === 'heading' && (node as Heading).depth === 2) {
			const start = node.position?.start ?? { line: 1, column: 1 };
			sections.push({ title: toString(node).trim(), at: { line: start.line + firstLine - 1, col: start.column }, text: '', citations: [], phrases: [] });
			continue;
		}
		const section = sections.at(-1)!;
		visit(node, 'text', (text: Text) => {
			for (const match of text.value.matchAll(CITATION)) section.citations.push({ id: match[1]!, at: placeIn(text, match.index, firstLine) });
			for (const { label, pattern } of RESEARCH_LOG_PHRASES) {
				const found = pattern.exec(text.value);
				if (found) section.phrases.push({ label, at: placeIn(text, found.index, firstLine) });
			}
		});
		section.text += ` ${toString(node).replace(CITATION, '')}`;
	}
	return sections;
}

export const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/**
 * The writing guide's rules as warnings: a lead before the first heading, the known sections in order,
 * each with a citation, the length, and no research-log phrases outside the Quellenlage.
 */
export function checkProse(sections: readonly ProseSection[], file: string): Problem[] {
	const problems: Problem[] = [];
	const warn = (at: Place, message: string) => problems.push({ file, ...at, field: FIELD, message, severity: 'warning' });
	const [lead, ...rest] = sections;
	if (!lead || countWords(lead.text) === 0) warn(lead?.at ?? { line: 1, col: 1 }, msg.noLead);
	let order = -1;
	for (const section of rest) {
		const index = PORTRAIT_SECTIONS.indexOf(section.title as never);
		if (index < 0) warn(section.at, msg.unknownSection(section.title ?? '', PORTRAIT_SECTIONS));
		else if (index <= order) warn(section.at, msg.sectionOrder(section.title ?? '', PORTRAIT_SECTIONS));
		else order = index;
	}
	for (const section of sections) {
		if (countWords(section.text) > 0 && section.citations.length === 0) warn(section.at, msg.uncitedSection(section.title));
		if (section.title === SOURCES_SECTION) continue;
		for (const phrase of section.phrases) warn(phrase.at, msg.researchLog(phrase.label));
	}
	const words = sections.reduce((sum, section) => sum + countWords(section.text), 0);
	if (words < PROSE_WORDS.min || words > PROSE_WORDS.max) warn(lead?.at ?? { line: 1, col: 1 }, msg.proseLength(words, PROSE_WORDS));
	return problems;
}
