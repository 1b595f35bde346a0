/**
 * An editable combobox with a list of suggestions (WAI-ARIA APG "list autocomplete"): typing filters the
 * options, the arrow keys move through them (aria-activedescendant), Enter or a click picks one, Escape
 * closes the list or clears the field. Focus stays in the field.
 */
const fold = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.toLowerCase();

export class Combobox {
	private active: HTMLElement | null = null;

	constructor(
		private readonly input: HTMLInputElement,
		private readonly listbox: HTMLElement,
		private readonly onPick: (slug: string) => void,
		/** Tells how many options match, or that none does (a live region). */
		private readonly onCount: (count: number) => void,
	) {
		[...listbox.children].forEach((option, i) => ((option as HTMLElement).dataset.order = String(i)));
		input.addEventListener('input', () => this.open());
		input.addEventListener('keydown', (event) => this.key(event));
		input.addEventListener('blur', () => this.close());
		// Keep the focus in the field when an option is clicked.
		listbox.addEventListener('mousedown', (event) => event.preventDefault());
		listbox.addEventListener('click', (event) => {
			const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
			if (option?.dataset.slug) this.pick(option);
		});
	}

	/**
	 * The options not yet chosen that match the field's text, best first: names that start with it, then
	 * names with a word that starts with it, then names that contain it; alphabetical within each.
	 */
	private matches(): HTMLElement[] {
		const query = fold(this.input.value.trim());
		const rank = (option: HTMLElement) => {
			if (option.dataset.chosen !== undefined) return -1;
			const name = fold(option.dataset.name ?? '');
			if (!query || name.startsWith(query)) return 0;
			if (name.split(/[\s-]+/).some((word) => word.startsWith(query))) return 1;
			return name.includes(query) || (option.dataset.slug ?? '').includes(query) ? 2 : -1;
		};
		const options = [...this.listbox.querySelectorAll<HTMLElement>('[role="option"]')].sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order));
		const ranked = options.map((option) => ({ option, rank: rank(option) }));
		const shown = [0, 1, 2].flatMap((level) => ranked.filter((entry) => entry.rank === level).map((entry) => entry.option));
		for (const { option, rank: level } of ranked) option.hidden = level === -1;
		this.listbox.append(...shown, ...ranked.filter((entry) => entry.rank === -1).map((entry) => entry.option));
		return shown;
	}

	private open(): HTMLElement[] {
		const matches = this.matches();
		this.setActive(null);
		this.listbox.hidden = matches.length === 0;
		this.input.setAttribute('aria-expanded', String(matches.length > 0));
		this.onCount(matches.length);
		return matches;
	}

	close() {
		this.setActive(null);
		this.listbox.hidden = true;
		this.input.setAttribute('aria-expanded', 'false');
	}

	private setActive(option: HTMLElement | null) {
		this.active?.removeAttribute('data-active');
		this.active?.setAttribute('aria-selected', 'false');
		this.active = option;
		if (option) {
			option.setAttribute('data-active', '');
			option.setAttribute('aria-selected', 'true');
			this.input.setAttribute('aria-activedescendant', option.id);
			option.scrollIntoView({ block: 'nearest' });
		} else this.input.removeAttribute('aria-activedescendant');
	}

	private move(step: 1 | -1) {
		const options = this.listbox.hidden ? this.open() : this.matches();
		if (options.length === 0) return;
		const index = this.active ? options.indexOf(this.active) : -1;
		const next = index === -1 ? (step === 1 ? 0 : options.length - 1) : (index + step + options.length) % options.length;
		this.setActive(options[next]!);
	}

	private key(event: KeyboardEvent) {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			this.move(event.key === 'ArrowDown' ? 1 : -1);
		} else if (event.key === 'Enter') {
			const option = this.active ?? (this.input.value.trim() && !this.listbox.hidden ? this.matches()[0] : undefined);
			if (option) {
				event.preventDefault();
				this.pick(option);
			}
		} else if (event.key === 'Escape') {
			if (!this.listbox.hidden) this.close();
			else this.input.value = '';
		}
	}

	private pick(option: HTMLElement) {
		this.input.value = '';
		this.close();
		this.onPick(option.dataset.slug!);
	}

	/** Marks options as chosen (left out of the list) or not. */
	setChosen(slugs: readonly string[]) {
		for (const option of this.listbox.querySelectorAll<HTMLElement>('[role="option"]')) {
			if (slugs.includes(option.dataset.slug ?? '')) option.dataset.chosen = '';
			else delete option.dataset.chosen;
		}
	}
}
