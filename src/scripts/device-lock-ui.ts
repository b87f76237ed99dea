import deviceStylesheet from '../styles/device.css?url';
import { withBase } from '../lib/format';
import { WrongPassphraseError } from '../lib/store/crypto';
import { msUntilIdleLock, shouldIdleLock } from '../lib/store/policy';
import type { DeviceStore } from '../store/device-store';
import { registerCommands } from './commands';
import { lockNowCommand } from './commands/device';
import { statusBar, type StatusEntryAccessor } from './status-bar';
import { loadStylesheet } from './stylesheet';

/** Pages whose content is the reader's answers: a worksheet form, the Device data page. */
const pageShowsAnswers = () => document.querySelector('[data-worksheet], [data-device-data]') !== null;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;
const ACTIVITY_REPORT_MS = 5_000;

/**
 * While a passphrase is set: "Device: Lock Now", a status bar entry, the idle lock (after the
 * chosen minutes without input, timed by the pure policy), and the unlock dialog on a page that
 * would show answers.
 */
export class DeviceLock {
	#store: DeviceStore;
	#base: string;
	/** The reader's idle-lock choice, read when the timer starts. */
	#idleMinutes: () => number;
	#entry: StatusEntryAccessor | undefined;
	#unregisterLockNow: (() => void) | undefined;
	#dialog: UnlockDialog | undefined;
	#lastActivity = Date.now();
	#idleTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(store: DeviceStore, base: string, idleMinutes: () => number) {
		this.#store = store;
		this.#base = base;
		this.#idleMinutes = idleMinutes;
	}

	start() {
		for (const type of ACTIVITY_EVENTS) document.addEventListener(type, () => this.#active(), { capture: true, passive: true });
		this.#store.onChange((change) => {
			if (change.type === 'locked' || change.type === 'unlocked' || change.type === 'all') void this.#refresh();
		});
		void this.#refresh();
	}

	lockNow() {
		void this.#store.lock();
	}

	/** Activity here keeps the unlock alive in every window; told to the store at most every few seconds. */
	#active() {
		const now = Date.now();
		if (now - this.#lastActivity > ACTIVITY_REPORT_MS) void this.#store.stillActive();
		this.#lastActivity = now;
	}

	async #refresh() {
		const [hasPassphrase, locked] = await Promise.all([this.#store.hasPassphrase(), this.#store.isLocked()]);
		if (hasPassphrase) this.#unregisterLockNow ??= registerCommands([lockNowCommand(() => this.lockNow())]);
		else {
			this.#unregisterLockNow?.();
			this.#unregisterLockNow = undefined;
		}
		this.#showStatus(hasPassphrase, locked);
		this.#scheduleIdleLock(hasPassphrase && !locked);
		if (locked && pageShowsAnswers()) {
			this.#dialog ??= new UnlockDialog(this.#store, this.#base);
			void this.#dialog.show();
		} else this.#dialog?.close();
	}

	#showStatus(hasPassphrase: boolean, locked: boolean) {
		if (!hasPassphrase) {
			this.#entry?.update([]);
			return;
		}
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'statusbar__lock';
		button.textContent = locked ? 'Locked · Unlock…' : 'Lock now';
		button.title = locked ? 'The answers on this device are locked' : 'Lock the answers on this device now';
		button.addEventListener('click', () => (locked ? this.#openDialog() : this.lockNow()));
		if (this.#entry) this.#entry.update([button]);
		else this.#entry = statusBar.addEntry({ id: 'device-lock', alignment: 'end' }, [button]);
	}

	#openDialog() {
		this.#dialog ??= new UnlockDialog(this.#store, this.#base);
		void this.#dialog.show();
	}

	/** Checks the policy when the idle time could have run out, and again after any activity since. */
	#scheduleIdleLock(active: boolean) {
		clearTimeout(this.#idleTimer);
		if (!active) return;
		const minutes = this.#idleMinutes();
		const check = async () => {
			// Another window of this browser may have been in use meanwhile: its activity moved the kept unlock on.
			const elsewhere = ((await this.#store.unlockedUntil()) ?? 0) - minutes * 60_000;
			const last = Math.max(this.#lastActivity, elsewhere);
			if (shouldIdleLock(last, Date.now(), minutes)) this.lockNow();
			else this.#idleTimer = setTimeout(() => void check(), msUntilIdleLock(last, Date.now(), minutes));
		};
		this.#idleTimer = setTimeout(() => void check(), msUntilIdleLock(this.#lastActivity, Date.now(), minutes));
	}
}

/** A small modal dialog asking for the passphrase; a wrong one is refused and changes nothing. */
class UnlockDialog {
	#dialog = document.createElement('dialog');
	#input = document.createElement('input');
	#message = document.createElement('p');
	#submit = document.createElement('button');
	#wanted = false;

	constructor(
		private readonly store: DeviceStore,
		base: string,
	) {
		this.#dialog.className = 'unlock-dialog controls';
		this.#dialog.setAttribute('aria-labelledby', 'unlock-dialog-title');
		const form = document.createElement('form');
		form.method = 'dialog';
		const title = document.createElement('h2');
		title.id = 'unlock-dialog-title';
		title.textContent = 'This device is locked';
		const explain = document.createElement('p');
		explain.textContent = 'The answers kept on this device are locked. Enter the passphrase to show them.';
		const label = document.createElement('label');
		label.textContent = 'Passphrase';
		this.#input.type = 'password';
		this.#input.autocomplete = 'current-password';
		this.#input.required = true;
		label.append(this.#input);
		this.#message.setAttribute('role', 'alert');
		this.#message.className = 'unlock-dialog__message';
		this.#submit.type = 'submit';
		this.#submit.textContent = 'Unlock';
		const forgotten = document.createElement('p');
		forgotten.className = 'unlock-dialog__note';
		const link = document.createElement('a');
		link.href = withBase(base, '/device/');
		link.textContent = 'Device data';
		forgotten.append('A forgotten passphrase cannot be recovered; ', link, ' can clear everything on this device and start again.');
		form.append(title, explain, label, this.#message, this.#submit, forgotten);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#unlock();
		});
		this.#dialog.append(form);
		document.body.append(this.#dialog);
	}

	async show() {
		this.#wanted = true;
		await loadStylesheet(deviceStylesheet);
		// Unlocked in another window while the stylesheet loaded: nothing to ask.
		if (!this.#wanted) return;
		if (!this.#dialog.open) this.#dialog.showModal();
		this.#input.focus();
	}

	close() {
		this.#wanted = false;
		if (this.#dialog.open) this.#dialog.close();
		this.#message.textContent = '';
	}

	async #unlock() {
		this.#submit.disabled = true;
		this.#message.textContent = 'Unlocking…';
		try {
			await this.store.unlock(this.#input.value);
			this.#input.value = '';
			this.close();
		} catch (error) {
			this.#message.textContent = error instanceof WrongPassphraseError ? 'That is not the passphrase set on this device. Nothing was changed.' : `The device could not be unlocked: ${error instanceof Error ? error.message : String(error)}`;
			this.#input.select();
		} finally {
			this.#submit.disabled = false;
		}
	}
}
