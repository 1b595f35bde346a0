import { element } from '../../lib/dom';

/** A visually hidden live region for what a keyboard action changed on the map (e.g. zooming into a group). */
export function liveRegion(container: HTMLElement): (text: string) => void {
	const region = element('p', undefined, 'visually-hidden');
	region.setAttribute('aria-live', 'polite');
	container.append(region);
	return (text) => {
		region.textContent = '';
		window.setTimeout(() => (region.textContent = text), 50);
	};
}
