import { useEffect, useState, type ChangeEvent } from 'react';
import { parseBackup } from '../lib/store/backup';
import { backupText, type Backup, type ImportMode } from '../lib/store/backup-format';
import { answerText, backupFileName, fieldLabel, recordLine } from '../lib/store/describe';
import { downloadFile } from './download';
import { IDLE_LOCK_DEFAULT_MINUTES } from '../lib/store/policy';
import type { Conflict } from '../lib/store/record';
import type { Worksheet } from '../schemas/worksheet';
import { deviceStore, readIdleMinutes, saveIdleMinutes } from '../store/device';
import type { DeviceStore, RecordSummary } from '../store/device-store';

type Sheet = Pick<Worksheet, 'title' | 'sections'> & { id: string };

/** The page's `<script type="application/json">` with every worksheet's definition (pages/device.astro). */
export const WORKSHEET_DEFINITIONS_ID = 'worksheet-definitions';

/** Read once, in the browser: the server renders nothing that needs them. */
function readSheets(): Map<string, Sheet> {
	const text = typeof document === 'undefined' ? undefined : document.getElementById(WORKSHEET_DEFINITIONS_ID)?.textContent;
	return new Map((text ? (JSON.parse(text) as Sheet[]) : []).map((sheet) => [sheet.id, sheet]));
}

interface DeviceState {
	records: RecordSummary[];
	hasPassphrase: boolean;
	locked: boolean;
}

const IDLE_CHOICES = [1, 5, 10, 15, 30, 60, 120, 240];
const PASSPHRASE_MIN_LENGTH = 8;

/**
 * The Device data page: back up and restore everything the store keeps, set the optional
 * passphrase lock and its idle time, lock now, and clear everything. Whatever a backup holds is
 * shown as React text, never as HTML.
 */
export function DeviceData() {
	const [store, setStore] = useState<DeviceStore>();
	const [state, setState] = useState<DeviceState>();
	const [error, setError] = useState('');
	const [notice, setNotice] = useState('');
	const [sheets] = useState(readSheets);

	useEffect(() => {
		let stopListening: (() => void) | undefined;
		const refresh = async (opened: DeviceStore) => setState({ records: await opened.list(), hasPassphrase: await opened.hasPassphrase(), locked: await opened.isLocked() });
		deviceStore().then(
			async (opened) => {
				setStore(opened);
				stopListening = opened.onChange(() => void refresh(opened));
				await refresh(opened);
			},
			(failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
		);
		return () => stopListening?.();
	}, []);

	const run = async (action: () => Promise<string>) => {
		setError('');
		setNotice('');
		try {
			setNotice(await action());
		} catch (failure) {
			setError(failure instanceof Error ? failure.message : String(failure));
		}
	};

	const backUp = () =>
		run(async () => {
			const backup = await store!.exportBackup();
			const name = backupFileName(new Date());
			downloadFile(name, backupText(backup), 'application/json');
			return `Backed up ${backup.records.length} worksheet${backup.records.length === 1 ? '' : 's'} to ${name}.`;
		});

	if (!state || !store) {
		return (
			<div className="device-data controls" data-device-data="">
				{error ? <p className="device-data__error" role="alert">{error}</p> : <p>Device data needs JavaScript: it reads what this browser keeps on this device.</p>}
			</div>
		);
	}

	return (
		<div className="device-data controls" data-device-data="">
			<p role="status">{notice}</p>
			{error && (
				<p className="device-data__error" role="alert">
					{error}
				</p>
			)}
			<h2 id="kept">What this device keeps</h2>
			{state.records.length === 0 ? (
				<p>Nothing: no worksheet has answers on this device.</p>
			) : (
				<ul aria-label="Kept on this device">
					{state.records.map((record) => (
						<li key={`${record.kind}/${record.id}`}>
							{recordLine(record, (id) => sheets.get(id)?.title)}
						</li>
					))}
				</ul>
			)}
			{state.locked ? (
				<p className="device-data__warning">The answers on this device are locked. Unlock them with the passphrase to back up, restore or change the lock.</p>
			) : (
				<>
					<BackupSection store={store} sheets={sheets} backUp={backUp} run={run} />
					<LockSection store={store} hasPassphrase={state.hasPassphrase} backUp={backUp} run={run} />
				</>
			)}
			<h2 id="clear">Clear everything</h2>
			<p>Removes every answer kept on this device, and the passphrase. Use it when you leave a shared device, or when the passphrase is forgotten.</p>
			<button
				type="button"
				onClick={() => {
					if (window.confirm('Clear every answer kept on this device, and the passphrase? This cannot be undone.'))
						void run(async () => {
							await store.clearAll();
							return 'Everything on this device was cleared.';
						});
				}}
			>
				Clear everything on this device
			</button>
		</div>
	);
}

interface SectionProps {
	store: DeviceStore;
	backUp: () => Promise<void>;
	run: (action: () => Promise<string>) => Promise<void>;
}

function BackupSection({ store, sheets, backUp, run }: SectionProps & { sheets: Map<string, Sheet> }) {
	const [checked, setChecked] = useState<{ backup: Backup; file: string }>();
	const [refusal, setRefusal] = useState('');
	const [conflicts, setConflicts] = useState<Conflict[]>();

	const choose = async (event: ChangeEvent<HTMLInputElement>) => {
		const file = event.target.files?.[0];
		event.target.value = '';
		setChecked(undefined);
		setConflicts(undefined);
		setRefusal('');
		if (!file) return;
		const result = parseBackup(await file.text(), { worksheet: (id) => sheets.get(id) });
		if (result.ok) setChecked({ backup: result.backup, file: file.name });
		else setRefusal(`${file.name}: ${result.reason}`);
	};

	const restore = (mode: ImportMode) =>
		run(async () => {
			const { conflicts: found } = await store.importBackup(checked!.backup, mode);
			setChecked(undefined);
			setConflicts(found);
			const count = checked!.backup.records.length;
			return `${mode === 'merge' ? 'Merged' : 'Replaced everything with'} ${count} worksheet${count === 1 ? '' : 's'} from ${checked!.file}.`;
		});

	return (
		<>
			<h2 id="backup">Back up and restore</h2>
			<p>A backup is one file with every answer kept on this device. Keep it somewhere only you can open: it holds the answers as plain text.</p>
			<div className="device-data__actions">
				<button type="button" onClick={() => void backUp()}>
					Back up everything on this device
				</button>
				<label className="device-data__file control">
					Restore from a backup…
					<input type="file" accept="application/json,.json" aria-label="Backup file to restore" className="visually-hidden" onChange={(event) => void choose(event)} />
				</label>
			</div>
			{refusal && (
				<p className="device-data__error" role="alert">
					{refusal}
				</p>
			)}
			{checked && (
				<div role="group" aria-label="How to restore">
					<p>
						{checked.file} holds {checked.backup.records.length} worksheet{checked.backup.records.length === 1 ? '' : 's'}, exported {new Date(checked.backup.exported).toLocaleString()}. How should it be restored?
					</p>
					<div className="device-data__actions">
						<button type="button" onClick={() => void restore('merge')}>
							Merge: the newer answer wins each question
						</button>
						<button type="button" onClick={() => void restore('replace')}>
							Replace everything on this device
						</button>
						<button type="button" onClick={() => setChecked(undefined)}>
							Cancel
						</button>
					</div>
				</div>
			)}
			{conflicts && conflicts.length > 0 && (
				<table aria-label="Answers that differed">
					<thead>
						<tr>
							<th scope="col">Question</th>
							<th scope="col">Kept (newer)</th>
							<th scope="col">Set aside (older)</th>
						</tr>
					</thead>
					<tbody>
						{conflicts.map((conflict) => (
							<tr key={`${conflict.id}/${conflict.fieldId}`}>
								<td>
									{sheets.get(conflict.id)?.title ?? conflict.id}: {fieldLabel(sheets.get(conflict.id), conflict.fieldId)}
								</td>
								<td className="device-data__value">{answerText(conflict.kept.value)}</td>
								<td className="device-data__value">{answerText(conflict.replaced.value)}</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</>
	);
}

function LockSection({ store, hasPassphrase, backUp, run }: SectionProps & { hasPassphrase: boolean }) {
	const [idleMinutes, setIdleMinutes] = useState(IDLE_LOCK_DEFAULT_MINUTES);
	const [mismatch, setMismatch] = useState('');
	useEffect(() => setIdleMinutes(readIdleMinutes()), []);

	const setPassphrase = (form: HTMLFormElement) => {
		const data = new FormData(form);
		const [first, second] = [String(data.get('passphrase')), String(data.get('confirm'))];
		if (first.length < PASSPHRASE_MIN_LENGTH) return setMismatch(`The passphrase needs at least ${PASSPHRASE_MIN_LENGTH} characters.`);
		if (first !== second) return setMismatch('The two passphrases differ: type the same passphrase twice.');
		setMismatch('');
		void run(async () => {
			await store.setPassphrase(first);
			form.reset();
			return 'The passphrase is set: the answers on this device are now encrypted.';
		});
	};

	return (
		<>
			<h2 id="lock">Lock</h2>
			<p>
				With a passphrase, the answers are encrypted on this device and hidden until it is entered; the manual locks itself after the idle time below. The lock is off unless you set one.
			</p>
			<label>
				Lock after this long without use
				<select
					value={idleMinutes}
					onChange={(event) => {
						const minutes = Number(event.target.value);
						setIdleMinutes(minutes);
						saveIdleMinutes(minutes);
					}}
				>
					{IDLE_CHOICES.map((minutes) => (
						<option key={minutes} value={minutes}>
							{minutes < 60 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : `${minutes / 60} hour${minutes === 60 ? '' : 's'}`}
						</option>
					))}
				</select>
			</label>
			{hasPassphrase ? (
				<>
					<p>A passphrase is set: the answers on this device are encrypted.</p>
					<button type="button" onClick={() => store.lock()}>
						Lock now
					</button>
				</>
			) : (
				<form
					onSubmit={(event) => {
						event.preventDefault();
						setPassphrase(event.currentTarget);
					}}
					aria-labelledby="set-passphrase">
					<h3 id="set-passphrase">Set a passphrase</h3>
					<p className="device-data__warning">
						A forgotten passphrase cannot be recovered. Nobody, not even the manual's authors, can open the answers without it; the only way on is to clear everything on this device. Back up
						first, and keep the backup safe.{' '}
						<button type="button" onClick={() => void backUp()}>
							Back up first
						</button>
					</p>
					<label>
						Passphrase
						<input name="passphrase" type="password" autoComplete="new-password" />
					</label>
					<label>
						Type the passphrase again
						<input name="confirm" type="password" autoComplete="new-password" />
					</label>
					{mismatch && (
						<p className="device-data__error" role="alert">
							{mismatch}
						</p>
					)}
					<button type="submit">Set passphrase</button>
				</form>
			)}
		</>
	);
}
