/**
 * Site configuration: the one place for the site's URL, base path, operator links and the optional map
 * tile server. Read by astro.config.mjs, the layout, the map and the data exports.
 */
export const site = {
	title: 'Smart-City-Atlas',
	description: 'Porträts deutscher Smart Cities: digitale Agenda, Organisation, Partnernetzwerk, Themen und Projekte – mit Quellen.',
	/** Public URL of the site, without trailing slash; `SITE_URL` overrides it at build time. */
	url: process.env.SITE_URL ?? 'https://smart-city-atlas.example',
	/** Sub-path the site is served under (`/` or e.g. `/smart-city-atlas/`); `BASE_PATH` overrides it. */
	base: process.env.BASE_PATH ?? '/',
	repository: 'https://github.com/smart-city-atlas/smart-city-atlas',
	/**
	 * Links into the repository host for the change history of the profiles (portraits, /aenderungen/ and its
	 * Atom feed) and for a portrait's "Profil bearbeiten". `{hash}`, `{number}` and `{path}` are filled in; the
	 * defaults are GitHub's, GitLab's are e.g. `…/-/commit/{hash}`, `…/-/merge_requests/{number}`,
	 * `…/-/commits/main/{path}` and `…/-/edit/main/{path}`.
	 */
	history: {
		commit: 'https://github.com/smart-city-atlas/smart-city-atlas/commit/{hash}',
		pullRequest: 'https://github.com/smart-city-atlas/smart-city-atlas/pull/{number}',
		file: 'https://github.com/smart-city-atlas/smart-city-atlas/commits/main/{path}',
		edit: 'https://github.com/smart-city-atlas/smart-city-atlas/edit/main/{path}',
	},
	/** Who runs this deployment; shown in the Impressum and the accessibility statement. */
	operator: {
		name: 'Projekt Smart-City-Atlas (Open-Source-Projekt)',
		address: 'Postanschrift: bitte in src/config/site.ts eintragen, bevor die Website öffentlich betrieben wird',
		email: 'redaktion@smart-city-atlas.example',
	},
	/** Footer links (site-internal paths, resolved against `base`). */
	legal: [
		{ label: 'Impressum', path: 'impressum/' },
		{ label: 'Datenschutz', path: 'datenschutz/' },
		{ label: 'Barrierefreiheit', path: 'barrierefreiheit/' },
		{ label: 'Leichte Sprache', path: 'leichte-sprache/' },
	],
	/** Optional raster tiles for the map; empty by default, so no tile server is contacted. */
	tiles: {
		url: '',
		attribution: '',
		provider: '',
	},
} as const;
