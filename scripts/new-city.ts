/**
 * `npm run new-city -- "<Name>" [--land <Land>] [--lat <n> --lng <n>] [--dir <Ordner>]`:
 * scaffolds a profile with every field of the format (logic: src/lib/scaffold/).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { created, exists, noName, USAGE } from '../src/lib/scaffold/messages';
import { planProfile } from '../src/lib/scaffold/plan';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const number = (value: string | undefined, flag: string) => {
	if (value === undefined) return undefined;
	const parsed = Number(value.replace(',', '.'));
	return Number.isFinite(parsed) ? parsed : fail(`--${flag} muss eine Zahl sein, z. B. 52.52 (erhalten: ${value})`);
};

let args;
try {
	args = parseArgs({
		allowPositionals: true,
		options: { land: { type: 'string' }, lat: { type: 'string' }, lng: { type: 'string' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
	});
} catch (error) {
	fail(`${(error as Error).message}\n\n${USAGE}`);
}
const { values, positionals } = args;
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
const name = positionals.join(' ').trim();
if (!name) fail(`${noName}\n\n${USAGE}`);

const plan = planProfile({ name, land: values.land, lat: number(values.lat, 'lat'), lng: number(values.lng, 'lng') }, new Date().toISOString().slice(0, 10));
if (!plan.ok) fail(plan.message);

const dir = values.dir ?? join('src', 'content', 'cities');
const file = join(dir, `${plan.slug}.mdx`);
const inside = relative(process.cwd(), resolve(file));
const shown = inside.startsWith('..') ? resolve(file) : inside;
await mkdir(dir, { recursive: true });
try {
	await writeFile(file, plan.text, { flag: 'wx' });
} catch (error) {
	if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(exists(name, shown));
	throw error;
}
console.log(created(shown, plan.slug, plan.origin));
