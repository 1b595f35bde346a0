/** `npx tsx scripts/contributing-tables.ts`: regenerates the tables of allowed values in CONTRIBUTING.md. */
import { readFile, writeFile } from 'node:fs/promises';
import { withTables } from './docs/contributing-tables';

const file = 'CONTRIBUTING.md';
const before = await readFile(file, 'utf8');
const after = withTables(before);
await writeFile(file, after);
console.log(after === before ? `${file}: Tabellen sind aktuell.` : `${file}: Tabellen neu erzeugt.`);
