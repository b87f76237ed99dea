import { useCallback, useEffect, useState } from 'react';
import { eventField, planRecordKind, readPlan, SETUP_FIELD, type KeptPlan, type PlanSetup, type StoredSessionEvent } from '../../lib/planner/record';
import { toolFieldMisfit } from '../../lib/store/tool-kinds';
import { deviceStore } from '../../store/device';
import type { DeviceStore } from '../../store/device-store';

export interface PlansState {
	plans: KeptPlan[] | undefined;
	locked: boolean;
	/** A store failure, or a kept plan that no longer reads: shown, never thrown. */
	error: string;
	save: (id: string | undefined, setup: PlanSetup) => Promise<string | undefined>;
	mark: (id: string, sessionId: string, event: StoredSessionEvent) => Promise<boolean>;
	remove: (id: string) => Promise<void>;
}

const KIND = planRecordKind.kind;
const message = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/** Reads one kept plan (lib/planner/record.ts), or says why it cannot. */
async function readKeptPlan(store: DeviceStore, id: string): Promise<KeptPlan | string> {
	const record = await store.read(KIND, id);
	return record ? readPlan(id, record.fields) : `The course plan ${id} is no longer on this device.`;
}

/** The course plans kept on this device, kept current across windows and the device lock. */
export function usePlans(): PlansState {
	const [store, setStore] = useState<DeviceStore>();
	const [plans, setPlans] = useState<KeptPlan[]>();
	const [locked, setLocked] = useState(false);
	const [error, setError] = useState('');

	const refresh = useCallback(async (opened: DeviceStore) => {
		try {
			if (await opened.isLocked()) {
				setLocked(true);
				setPlans([]);
				return;
			}
			setLocked(false);
			const summaries = await opened.list(KIND);
			const read = await Promise.all(summaries.map((summary) => readKeptPlan(opened, summary.id)));
			const problems = read.filter((result): result is string => typeof result === 'string');
			setPlans(read.filter((result): result is KeptPlan => typeof result !== 'string').sort((a, b) => a.setup.created.localeCompare(b.setup.created)));
			setError(problems.join(' '));
		} catch (failure) {
			setError(message(failure));
		}
	}, []);

	useEffect(() => {
		let stop: (() => void) | undefined;
		deviceStore().then(
			(opened) => {
				setStore(opened);
				stop = opened.onChange((change) => {
					if (change.type === 'field' || change.type === 'record') {
						if (change.kind === KIND) void refresh(opened);
					} else void refresh(opened);
				});
				void refresh(opened);
			},
			(failure: unknown) => {
				setError(message(failure));
				setPlans([]);
			},
		);
		return () => stop?.();
	}, [refresh]);

	const write = async (id: string, fieldId: string, value: unknown) => {
		const text = JSON.stringify(value);
		const misfit = toolFieldMisfit(planRecordKind, fieldId, text);
		if (misfit) throw new Error(misfit);
		await store!.writeField(KIND, id, fieldId, text);
	};

	const attempt = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
		setError('');
		try {
			const result = await action();
			await refresh(store!);
			return result;
		} catch (failure) {
			setError(message(failure));
			return undefined;
		}
	};

	return {
		plans,
		locked,
		error,
		save: (id, setup) =>
			attempt(async () => {
				const planId = id ?? crypto.randomUUID();
				await write(planId, SETUP_FIELD, setup);
				return planId;
			}),
		mark: async (id, sessionId, event) => (await attempt(() => write(id, eventField(sessionId), event).then(() => true))) ?? false,
		remove: async (id) => {
			await attempt(() => store!.clear(KIND, id));
		},
	};
}
