import { registerCommands } from './commands';
import { startSessionCommand } from './commands/session';

/**
 * <kap-start-session>: wraps a dosing protocol's "Start Dosing Session…" link and offers the same
 * in the palette. The link carries the protocol's id (not reader input) in its query.
 */
class KapStartSession extends HTMLElement {
	connectedCallback(): void {
		const link = this.querySelector('a')!;
		registerCommands([startSessionCommand(() => link.click())]);
	}
}
customElements.define('kap-start-session', KapStartSession);
