/** An entry of a dictionary: a text, or a function of the entry's parameters. */
type Entry = string | ((...args: never[]) => string);

/** The parameters of an entry: none for a text. */
export type Args<E> = E extends (...args: infer A) => string ? A : [];

/**
 * A typed lookup in `dictionary`: keys and arguments are checked against it. No imports, so that the
 * browser scripts can build one for their own part of the dictionary (src/i18n/de.ts).
 */
export function translator<D extends Record<string, Entry>>(dictionary: D) {
	return <K extends keyof D & string>(key: K, ...args: Args<D[K]>): string => {
		const entry = dictionary[key] as Entry;
		return typeof entry === 'function' ? (entry as (...values: Args<D[K]>) => string)(...args) : entry;
	};
}
