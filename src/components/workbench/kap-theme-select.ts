import { STORAGE, themes, type ThemeChoice } from '../../lib/layout-state';
import { registerCommands } from '../../scripts/commands';
import { themeCommands } from '../../scripts/commands/view';
import { local } from '../../store/web-storage';

/**
 * <kap-theme-select>: the colour theme picker, shown once scripts run. The theme is remembered in
 * localStorage ("system" follows the OS) and applied on <html> before the first paint by the
 * layout's inline script; the picker registers the theme commands.
 */
class KapThemeSelect extends HTMLElement {
	connectedCallback(): void {
		const picker = this.querySelector('select')!;
		const saved = local.get(STORAGE.theme);
		picker.value = themes.includes(saved as ThemeChoice) ? (saved as ThemeChoice) : 'system';
		picker.closest('label')!.hidden = false;
		const setTheme = (choice: ThemeChoice) => {
			local.set(STORAGE.theme, choice);
			picker.value = choice;
			if (choice === 'system') document.documentElement.removeAttribute('data-theme');
			else document.documentElement.dataset.theme = choice;
		};
		picker.addEventListener('change', () => setTheme(picker.value as ThemeChoice));
		registerCommands(themeCommands(setTheme));
	}
}
customElements.define('kap-theme-select', KapThemeSelect);
