import type { StateName } from '../../schemas/states';

/**
 * A German place of the GeoNames gazetteer (src/lib/scaffold/gazetteer.ts). Apart from the gazetteer's data,
 * so that the map's browser code can use the type and `isTown` without the module that reads the file.
 */
export interface Place {
	name: string;
	state: StateName;
	lat: number;
	lng: number;
	population: number;
	/** GeoNames feature code; `PPLX` marks a section of a bigger place. */
	featureCode: string;
}

/** Places that are towns in their own right (no city sections, no historical places). */
export const isTown = (place: Place) => place.featureCode !== 'PPLX' && place.featureCode !== 'PPLH';
