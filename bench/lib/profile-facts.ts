import { AGENDA_STATUSES, MODELLPROJEKT_ROUNDS, ORGANISATION_KINDS, PARTNER_KINDS, type CityInput } from '../../src/schemas/city';
import { THEMES, themeLabel } from '../../src/schemas/themes';
import type { Place } from './places';
import type { Rng } from './prng';

const THEME_IDS = THEMES.map((theme) => theme.id);
const ORGANISATION_NAMES = [
	'Stabsstelle Digitalisierung',
	'Amt für Informationstechnik',
	'Chief Digital Officer',
	'Referat Smart City',
	'Projektgruppe Digitale Stadt',
	'Digitalbeirat',
];
const PARTNER_NAMES = [
	'Stadtwerke',
	'Hochschule',
	'Industrie- und Handelskammer',
	'Verkehrsbetriebe',
	'Bürgerverein',
	'Kreisverwaltung',
	'Wirtschaftsförderung',
];
const PROJECT_WORDS = [
	'Datenplattform',
	'Stadt-App',
	'Sensornetz',
	'Bürgerportal',
	'Mobilitätsstation',
	'Glasfaserausbau',
	'Lernwerkstatt',
	'Quartiersnetz',
	'Klimadashboard',
	'Parkleitsystem',
];

/** Synthetic but schema-valid facts for one place; the slug makes website and source URLs unique. */
export function profileFacts(place: Place, slug: string, rng: Rng): CityInput {
	const themes = rng.sample(THEME_IDS, rng.int(1, 6));
	const atlas2019 = rng.chance(0.05);
	const status = rng.pick(AGENDA_STATUSES);
	/** Every fact cites the first source, as a real profile must. */
	const refs = ['quelle-1'];
	const data: CityInput = {
		name: place.name,
		state: place.state,
		coordinates: { lat: round(place.lat, 5), lng: round(place.lng, 5) },
		website: `https://www.${slug}.example`,
		population: { value: Math.max(1, place.population), year: 2023, refs },
		atlas2019,
		digitalAgenda: {
			status,
			refs,
			...(atlas2019 ? { status2019: rng.pick(AGENDA_STATUSES), refs2019: refs } : {}),
			...(status === 'beschlossen' ? { title: `Digitalstrategie ${place.name}`, year: rng.int(2016, 2025) } : {}),
		},
		organisation: rng.sample(ORGANISATION_NAMES, rng.int(1, 3)).map((name) => ({
			name,
			kind: rng.pick(ORGANISATION_KINDS),
			...(rng.chance(0.5) ? { since: rng.int(2012, 2025) } : {}),
			refs,
		})),
		partners: rng.sample(PARTNER_NAMES, rng.int(0, 4)).map((name) => ({ name: `${name} ${place.name}`, kind: rng.pick(PARTNER_KINDS), refs })),
		themes,
		projects: Array.from({ length: rng.int(0, 4) }, (_, i) => {
			const theme = rng.pick(themes);
			return {
				name: `${rng.pick(PROJECT_WORDS)} ${place.name}${i > 0 ? ` ${i + 1}` : ''}`,
				theme,
				summary: `Vorhaben von ${place.name} im Themenfeld ${themeLabel(theme)}, umgesetzt mit Partnern aus der Region.`,
				refs,
			};
		}),
		sources: Array.from({ length: rng.int(1, 4) }, (_, i) => ({
			id: `quelle-${i + 1}`,
			title: `Quelle ${i + 1} zu ${place.name}`,
			url: `https://quellen.example/${slug}/${i + 1}`,
		})),
		updated: `2026-${String(rng.int(1, 11)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
	};
	if (rng.chance(0.1)) data.modellprojekt = { round: rng.pick(MODELLPROJEKT_ROUNDS), name: `${place.name} vernetzt`, refs };
	if (rng.chance(0.15)) data.smartCityIndex = [{ year: 2024, rank: rng.int(1, 82), of: 82, score: rng.int(20, 90), refs }];
	return data;
}

function round(value: number, digits: number): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
