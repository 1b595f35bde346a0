const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-11-22` → `22. November 2026`. */
export function formatDate(isoDate: string): string {
	return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatPercent(part: number, whole: number): string {
	return whole === 0 ? '0 %' : `${Math.round((part / whole) * 100)} %`;
}

const SMALL = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

/** A count in running German text: two to twelve as words ("zehn Themen"), other numbers as digits. */
export function countWord(n: number): string {
	return n >= 2 && n <= 12 ? SMALL[n]! : n.toLocaleString('de-DE');
}
