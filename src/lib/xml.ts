/** Text or an attribute value for XML written by hand (the Atom feed, the overview map's SVG). */
export const escapeXml = (text: string) =>
	text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
