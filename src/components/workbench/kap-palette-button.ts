import { isMac, registerCommands } from '../../scripts/commands';
import { paletteCommands } from '../../scripts/commands/view';
import { openPalette } from '../../scripts/palette';

/** <kap-palette-button>: the title bar's search box, which opens the palette; it registers the palette's keys. */
class KapPaletteButton extends HTMLElement {
	connectedCallback(): void {
		registerCommands(paletteCommands((initial) => void openPalette(initial)));
		const button = this.querySelector('button')!;
		button.hidden = false;
		button.addEventListener('click', () => void openPalette(''));
		const hint = button.querySelector('kbd');
		if (hint) hint.textContent = isMac ? '⌘K' : 'Ctrl K';
	}
}
customElements.define('kap-palette-button', KapPaletteButton);
