import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A build beside the usual one (the benchmark, the fixture-site tests) writes where `ATLAS_OUT` says. */
const custom = process.env.ATLAS_OUT;

/**
 * Where `astro build` writes the site and its search index: the project's `dist/`, or `$ATLAS_OUT`. The one
 * place that reads `ATLAS_OUT`; the Astro config and the tests that read the built site take it from here.
 */
export const OUT_DIR = custom ? resolve(custom) : fileURLToPath(new URL('../../dist/', import.meta.url));

/** Astro's cache beside a custom output folder, so that builds running side by side do not share one. */
export const CACHE_DIR = custom ? `${OUT_DIR.replace(/\/$/, '')}-cache` : undefined;
