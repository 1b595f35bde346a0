import { getCollection } from 'astro:content';
import { toRecords, type CityRecord } from './records';

/** Loads the `cities` collection once per build and turns it into records. */
let cached: Promise<CityRecord[]> | undefined;

export function loadRecords(): Promise<CityRecord[]> {
	cached ??= getCollection('cities').then(toRecords);
	return cached;
}
