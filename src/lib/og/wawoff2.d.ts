declare module 'wawoff2' {
	/** WOFF2 to TTF/OTF (WebAssembly build of Google's woff2). */
	export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
