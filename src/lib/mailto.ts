/**
 * A `mailto:` address with a subject and a body (RFC 6068): every reserved character percent-encoded, spaces as
 * `%20` (mail programs show a `+` literally) and line breaks as `%0D%0A`.
 */
export function mailtoUrl(address: string, { subject, body }: { subject: string; body?: string }): string {
	const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
	const fields = [`subject=${encode(subject)}`, ...(body === undefined ? [] : [`body=${encode(body)}`])];
	return `mailto:${address}?${fields.join('&')}`;
}
