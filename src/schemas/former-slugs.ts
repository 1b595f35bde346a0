import { z } from 'astro/zod';
import { slugify } from '../lib/slug';

/**
 * `src/content/former-slugs.yaml`: the addresses portraits had before their profile file was renamed, so that
 * links to them (in articles, on city websites) keep working: former slug → the slug of the profile now.
 * Messages are German, like the profile format's.
 */
export const citySlug = z
	.string({ error: 'muss eine Kennung sein (der Dateiname eines Profils ohne .mdx)' })
	// The rule of profile file names (src/lib/validate/collection.ts): a slug is what slugify leaves as it is.
	.refine((slug) => slug !== '' && slugify(slug) === slug, 'ist keine Kennung einer Stadt (nur a–z, 0–9 und -, wie der Dateiname eines Profils ohne .mdx)');

/** The file holds one mapping: a line per former address. */
export const FORMER_NOT_A_MAPPING = 'muss Zeilen der Form `<frühere-kennung>: <heutige-kennung>` enthalten, z. B. `frankfurt: frankfurt-am-main`';

export const formerMsg = {
	stillAProfile: (slug: string) =>
		`„${slug}“ ist die Kennung eines bestehenden Profils (src/content/cities/${slug}.mdx); eine frühere Adresse kann keine heutige sein`,
	noProfile: (slug: string) =>
		`„${slug}“ ist kein Profil in src/content/cities/ (erwartet: die Kennung der Stadt heute, der Dateiname ihres Profils ohne .mdx)`,
	published: (slug: string, file: string) =>
		`Die Adresse /staedte/${slug}/ war veröffentlicht und hat kein Profil mehr: in ${file} „${slug}: <heutige-kennung>“ eintragen, damit Links darauf weiter zum Porträt führen`,
};
