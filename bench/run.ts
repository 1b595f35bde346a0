/**
 * `npm run bench [-- --runs N --skip-large --skip-lighthouse]`: builds and measures the real site, the
 * framework floor and a site with 2,061 generated profiles, prints a Markdown table and writes
 * bench/results.json. A benchmark, not a test: nothing here fails on a slow number. See bench/README.md.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runBenchmark } from './lib/bench';
import { parseOptions, USAGE } from './lib/options';
import { renderReport } from './lib/report';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsFile = fileURLToPath(new URL('results.json', import.meta.url));

let options;
try {
	options = parseOptions(process.argv.slice(2));
} catch (error) {
	console.error(`${(error as Error).message}\n\n${USAGE}`);
	process.exit(2);
}
if (options.help) {
	console.log(USAGE);
	process.exit(0);
}

const results = await runBenchmark(projectRoot.replace(/\/$/, ''), options, (line) => console.error(line));
await writeFile(resultsFile, `${JSON.stringify(results, null, '\t')}\n`);
console.log(renderReport(results));
console.error(`results written to ${resultsFile}`);
