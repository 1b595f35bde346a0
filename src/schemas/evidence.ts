import { z } from 'astro/zod';
import { oneOf, required } from './messages';
import { text } from './primitives';

/**
 * How a fact stands to its sources. `belegt`: a listed source states it (the default). `abgeleitet`: it
 * follows from a source without being stated there (a rank computed from "four places better", a status
 * read from a published strategy); `note` then says how.
 */
export const BASES = ['belegt', 'abgeleitet'] as const;
export type Basis = (typeof BASES)[number];

/** A source id: kebab-case, unique within the profile (`stadt-digitalstrategie-2021`). */
export const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const sourceId = z
	.string({ error: required('muss eine Quellen-ID aus sources sein, z. B. stadt-2021') })
	.regex(SOURCE_ID, 'muss eine Quellen-ID in Kleinbuchstaben mit Bindestrichen sein, z. B. stadt-2021');

export const refs = z
	.array(sourceId, { error: required('muss eine Liste von Quellen-IDs sein, z. B. [stadt-2021]') })
	.min(1, 'braucht mindestens eine Quellen-ID aus sources');

export const basis = z.enum(BASES, { error: oneOf(BASES, 'keine erlaubte Angabe zur Belegart') });

/** The fields every fact object carries: its sources and, for a derived fact, how it was derived. */
export const evidence = { refs, basis: basis.default('belegt'), note: text('eine kurze Erklärung').optional() };

export interface Evidence {
	refs: string[];
	basis: Basis;
	note?: string | undefined;
}

/** The message when a derived fact says nothing about how it was derived. */
export const NOTE_REQUIRED = 'Pflichtfeld bei basis: abgeleitet – kurz sagen, woraus die Angabe folgt';
