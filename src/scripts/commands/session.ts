import type { Command } from '../../lib/commands';

declare module '../../lib/commands' {
	interface CommandIds {
		session: 'session.start';
	}
}

/** Registered on a dosing protocol's page: opens the live session tool for that protocol. */
export const startSessionCommand = (start: () => void): Command => ({ id: 'session.start', title: 'Start Dosing Session…', run: start });
