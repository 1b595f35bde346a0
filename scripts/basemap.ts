/**
 * `npx tsx scripts/basemap.ts`: writes the map's base layer, both levels, to src/data/basemap/ from the BKG's
 * Länder (src/data/), Natural Earth's countries (world-atlas), the gazetteer's places (src/data/places-de.json)
 * and the country names of src/i18n/de.ts. Run it after changing any of them; a unit test says when it is due.
 */
import { writeBasemapFiles } from '../src/lib/basemap-files';

await writeBasemapFiles();
console.log('base map → src/data/basemap/overview.json, detail.json');
