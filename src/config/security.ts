import type { AstroUserConfig } from 'astro';
import { site } from './site';
import { THEME_SCRIPT_HASH } from './theme-script';

/**
 * The site's security policy, one source for Astro's CSP `<meta>` (astro.config.mjs), `public/_headers`
 * and the nginx example in the README (a unit test keeps them equal).
 */
type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type CspDirective = NonNullable<CspConfig['directives']>[number];

const tileUrl: string = site.tiles.url;
const tileOrigin = tileUrl ? new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin : '';

/** Directives added to Astro's generated `script-src`/`style-src` hashes in every page's CSP meta element. */
export const cspDirectives: CspDirective[] = [
	"default-src 'self'",
	`img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ''}`,
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];

/** Pagefind's search runs WebAssembly; nothing else needs more than 'self' and Astro's hashes. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];

/** Hashes of the inline scripts Astro does not hash itself: the colour-scheme script in the head. */
export const scriptHashes = [THEME_SCRIPT_HASH];

/** HTTP response headers for every file. A CSP header can carry what a meta element cannot (frame-ancestors). */
export const responseHeaders: Record<string, string> = {
	'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'X-Frame-Options': 'DENY',
};

/** The `_headers` file format of Netlify and Cloudflare Pages. */
export function headersFile(): string {
	return ['/*', ...Object.entries(responseHeaders).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}
