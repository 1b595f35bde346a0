import { createHash } from 'node:crypto';
import { THEME_STORAGE_KEY } from '../lib/theme';

/**
 * Runs in the `<head>` before the first paint: applies a stored colour scheme as `<html data-theme>`, so a
 * reader who chose dark never sees a light flash, and marks `<html class="js">`, so that controls which
 * need JavaScript take their place from the first paint (no layout shift when their script arrives).
 * Inline, so its hash is in the CSP (src/config/security.ts).
 */
export const THEME_SCRIPT = `document.documentElement.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}`;

/** The CSP source expression of THEME_SCRIPT. */
export const THEME_SCRIPT_HASH = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}` as const;
