import { z } from 'astro/zod';
import { allowed, numberMessage, required, unknownKeys } from './messages';

/** Building blocks of the profile format with German, path-prefixed messages. */
export const text = (what = 'Text') =>
	z
		.string({ error: required(`muss ${what} sein`) })
		.trim()
		.min(1, 'darf nicht leer sein');

export const year = z
	.number({ error: numberMessage('muss eine Jahreszahl sein, z. B. 2019') })
	.int('muss eine ganze Jahreszahl sein, z. B. 2019')
	.min(1990, 'muss zwischen 1990 und 2100 liegen')
	.max(2100, 'muss zwischen 1990 und 2100 liegen');

export const url = (schemes: readonly string[]) =>
	z.url({
		protocol: new RegExp(`^(${schemes.join('|')})$`),
		error: required(`muss eine vollständige Adresse sein ${allowed(schemes.map((s) => `${s}://…`))}`),
	});

export const httpsUrl = url(['https']);
export const webUrl = url(['https', 'http']);

/** A positive whole number such as a rank or a population. */
export const count = (what: string) =>
	z
		.number({ error: numberMessage(`muss eine Zahl sein (${what})`) })
		.int(`muss eine ganze Zahl sein (${what})`)
		.positive(`muss größer als 0 sein (${what})`);

/** A score of the Smart City Index: 0–100 points, decimals allowed. */
export const score = z
	.number({ error: numberMessage('muss eine Punktzahl von 0 bis 100 sein') })
	.min(0, 'muss zwischen 0 und 100 liegen')
	.max(100, 'muss zwischen 0 und 100 liegen');

/** An object whose unknown keys are errors (usually typos), named with the known ones. */
export const object = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, { error: unknownKeys(Object.keys(shape)) });
