import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitProfile } from '../../src/lib/profile-file';
import { floorFiles, type FloorEntry } from './floor-site';
import { largestGermanPlaces, loadGazetteer } from './places';
import { generateProfiles, profileFile } from './profiles';
import type { SiteId } from './types';
import { BUILD_ENTRIES, copyProject, linkNodeModules } from '../../scripts/lib/project-copy';
import { readProfiles, writeFiles } from './workspace';

export interface Site {
	id: SiteId;
	label: string;
	description: string;
	/** Directory the build runs in. */
	dir: string;
	/** The `build` script of the site's package.json. */
	script: string;
	/**
	 * Where the builds write (one folder per run). Temporary sites build inside their own folder: their
	 * prerender chunks import packages by bare name, which only resolve with node_modules above the output.
	 */
	outRoot: string;
	profiles: number;
	/** The framework floor with the same MDX bodies this site is compared with; absent for a floor. */
	comparedWith?: SiteId;
}

const LARGE_COUNT = 2061;
const CONTENT = join('src', 'content', 'cities');
/** What the 2,061-profile copy takes from the project (the search index is an Astro integration in src/). */
const COPIED = BUILD_ENTRIES;

async function buildScript(dir: string): Promise<string> {
	const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { scripts?: { build?: string } };
	if (!pkg.scripts?.build) throw new Error(`${dir}/package.json has no build script`);
	return pkg.scripts.build;
}

/** (a) The repository as it is, built by its own `npm run build` script. */
export async function realSite(projectRoot: string, outRoot: string): Promise<Site> {
	const script = await buildScript(projectRoot);
	const profiles = (await readProfiles(join(projectRoot, CONTENT))).length;
	return {
		id: 'real',
		label: '(a) real site',
		description: `the repository as is: \`${script}\``,
		dir: projectRoot,
		script,
		outRoot,
		profiles,
		comparedWith: 'floor',
	};
}

const FLOOR_DESCRIPTION =
	'bare Astro + @astrojs/mdx, one content collection (glob loader, one-field schema), one trivial layout, one page per entry rendering <Content/>, then the Pagefind CLI; no components, styles, scripts, sitemap, CSP, validation or other pages';

/** A framework floor (see floor-site.ts) with the given MDX bodies. */
async function floor(projectRoot: string, dir: string, entries: readonly FloorEntry[], id: SiteId, label: string, of: string): Promise<Site> {
	await writeFiles(dir, floorFiles(entries));
	await linkNodeModules(projectRoot, dir);
	return {
		id,
		label,
		description: `${FLOOR_DESCRIPTION}; the MDX bodies of ${of}`,
		dir,
		script: await buildScript(dir),
		outRoot: join(dir, '.bench-out'),
		profiles: entries.length,
	};
}

/** (b) The framework floor with the real profiles' MDX bodies. */
export async function floorSite(projectRoot: string, dir: string): Promise<Site> {
	const profiles = await readProfiles(join(projectRoot, CONTENT));
	const entries = profiles.map(({ slug, source }) => ({ slug, body: splitProfile(`${slug}.mdx`, source).body }));
	return floor(projectRoot, dir, entries, 'floor', '(b) framework floor', 'the real profiles');
}

/** The 2,061 generated profiles of (c) and (d), the same for the same seed. */
function largeProfiles(seed: number) {
	return generateProfiles(largestGermanPlaces(loadGazetteer(), LARGE_COUNT), seed);
}

/** (d) The framework floor with the bodies of the 2,061 generated profiles: what (c) is compared with. */
export async function largeFloorSite(projectRoot: string, dir: string, seed: number): Promise<Site> {
	const profiles = largeProfiles(seed);
	const entries = profiles.map((profile) => ({ slug: profile.slug, body: splitProfile(`${profile.slug}.mdx`, profileFile(profile)).body }));
	return floor(
		projectRoot,
		dir,
		entries,
		'large-floor',
		`(d) framework floor, ${profiles.length.toLocaleString('en')} profiles`,
		`the ${profiles.length.toLocaleString('en')} generated profiles of (c)`,
	);
}

/** (c) A temporary copy of the project whose profiles are replaced by 2,061 generated ones. */
export async function largeSite(projectRoot: string, dir: string, seed: number): Promise<Site> {
	await copyProject(projectRoot, dir, COPIED, [CONTENT]);
	const profiles = largeProfiles(seed);
	await writeFiles(dir, Object.fromEntries(profiles.map((profile) => [join(CONTENT, `${profile.slug}.mdx`), profileFile(profile)])));
	const description = `copy of ${COPIED.join(', ')} with ${profiles.length} generated profiles (GeoNames' largest German places, synthetic facts and bodies, seed ${seed}), same build script`;
	return {
		id: 'large',
		label: `(c) ${profiles.length.toLocaleString('en')} profiles`,
		description,
		dir,
		script: await buildScript(dir),
		outRoot: join(dir, '.bench-out'),
		profiles: profiles.length,
		comparedWith: 'large-floor',
	};
}
