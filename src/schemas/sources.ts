import { z } from 'astro/zod';
import { sourceId } from './evidence';
import { required } from './messages';
import { object, text, webUrl } from './primitives';

/** One entry of `sources`; its position in the list is its number on the portrait (`quelle-1`, …). */
export const sourceSchema = object({
	id: sourceId,
	title: text('der Titel mit Herausgeber und Datum'),
	url: webUrl,
});

export const sourcesSchema = z
	.array(sourceSchema, { error: required('muss eine Liste von Quellen sein') })
	.min(1, 'braucht mindestens eine Quelle mit id, title und url');

export type Source = z.output<typeof sourceSchema>;
