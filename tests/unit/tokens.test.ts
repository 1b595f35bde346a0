import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The colour tokens of both schemes, read from src/styles/tokens.css, checked against WCAG 2.1 contrast. */
const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');

function declarations(selector: string): [string, string][] {
	const start = css.indexOf(`${selector} {`);
	expect(start, selector).toBeGreaterThanOrEqual(0);
	const body = css.slice(start, css.indexOf('}', start));
	return [...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map(([, name, value]) => [name!, value!.toLowerCase()]);
}
const block = (selector: string): Record<string, string> => Object.fromEntries(declarations(selector));

const light = block(':root');
const darkByChoice = block(":root[data-theme='dark']");
const darkBySystem = block(":root:not([data-theme='light'])");

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (high! + 0.05) / (low! + 0.05);
}

const STATUSES = ['beschlossen', 'in-erarbeitung', 'keine', 'unbekannt'];

describe('colour tokens', () => {
	it('computes WCAG contrast like the reference values', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});

	it('give the dark scheme once for the toggle and once for the system setting, the same', () => {
		const choice = declarations(":root[data-theme='dark']");
		expect(choice.length).toBeGreaterThan(20);
		expect(declarations(":root:not([data-theme='light'])")).toEqual(choice);
		expect(new Set(choice.map(([name]) => name)).size, 'a token set twice').toBe(choice.length);
		expect(darkBySystem).toEqual(darkByChoice);
	});

	it('give both schemes the same colour tokens', () => {
		const colourKeys = Object.keys(light).filter(
			(key) => key.startsWith('--color-') || key.startsWith('--status-') || key.startsWith('--chart-') || key.startsWith('--map-'),
		);
		expect(colourKeys.filter((key) => !(key in darkByChoice))).toEqual([]);
	});

	describe.each([
		['light', light],
		['dark', { ...light, ...darkByChoice }],
	])('%s scheme', (_scheme, tokens) => {
		const ratio = (fg: string, bg: string) => contrast(tokens[fg]!, tokens[bg]!);

		it.each(['--color-text', '--color-text-muted', '--color-link', '--color-link-visited'])('%s reads at ≥ 4.5:1 on page and surface', (token) => {
			expect(ratio(token, '--color-bg')).toBeGreaterThanOrEqual(4.5);
			expect(ratio(token, '--color-surface')).toBeGreaterThanOrEqual(4.5);
		});

		it('draws borders, the focus ring and chart bars at ≥ 3:1, button text at ≥ 4.5:1', () => {
			expect(ratio('--color-border', '--color-bg')).toBeGreaterThanOrEqual(3);
			expect(ratio('--color-focus', '--color-bg')).toBeGreaterThanOrEqual(3);
			expect(ratio('--color-focus-text', '--color-focus-bg')).toBeGreaterThanOrEqual(4.5);
			expect(ratio('--color-on-accent', '--color-accent')).toBeGreaterThanOrEqual(4.5);
			expect(ratio('--chart-series-0', '--color-bg')).toBeGreaterThanOrEqual(3);
			expect(ratio('--chart-series-1', '--color-bg')).toBeGreaterThanOrEqual(3);
		});

		it('sets the map’s Germany apart from its neighbours, and a marker (status fill, white rim) apart from Germany', () => {
			expect(ratio('--map-germany-border', '--map-germany')).toBeGreaterThanOrEqual(3);
			for (const status of STATUSES) {
				const marker = Math.max(ratio(`--status-${status}`, '--map-germany'), contrast('#ffffff', tokens['--map-germany']!));
				expect(marker, status).toBeGreaterThanOrEqual(3);
			}
		});

		it.each(STATUSES)('status %s: badge text ≥ 4.5:1 on its tint and the page, marker ≥ 3:1 on the page with a white symbol ≥ 4.5:1', (status) => {
			expect(ratio(`--status-${status}-text`, `--status-${status}-bg`)).toBeGreaterThanOrEqual(4.5);
			expect(ratio(`--status-${status}-text`, '--color-bg')).toBeGreaterThanOrEqual(4.5);
			expect(ratio(`--status-${status}-text`, '--color-surface')).toBeGreaterThanOrEqual(4.5);
			expect(ratio(`--status-${status}`, '--color-bg')).toBeGreaterThanOrEqual(3);
			expect(contrast(tokens[`--status-${status}`]!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
		});
	});
});
