const TRANSLITERATIONS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * The profile slug rule: lowercase ASCII; ä→ae, ö→oe, ü→ue, ß→ss; every run of spaces and
 * punctuation becomes one `-` (`Köln` → `koeln`, `Freiburg im Breisgau` → `freiburg-im-breisgau`).
 */
export function slugify(name: string): string {
	return name
		.toLowerCase()
		.replace(/[äöüß]/g, (char) => TRANSLITERATIONS[char] ?? char)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
