import { describe, expect, it, vi } from 'vitest';
import { sharedUntilFailure } from '../../../src/lib/shared-until-failure.ts';

describe('sharedUntilFailure', () => {
	it('starts the load once and gives every call the same promise', async () => {
		const load = vi.fn(async (base: string) => `engine at ${base}`);
		const shared = sharedUntilFailure(load);
		const first = shared('/manual/');
		expect(shared('/other/')).toBe(first);
		await expect(first).resolves.toBe('engine at /manual/');
		await expect(shared('/other/')).resolves.toBe('engine at /manual/');
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('starts it again after a failure, and keeps the first success', async () => {
		const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('loaded').mockResolvedValueOnce('again');
		const shared = sharedUntilFailure(load);
		await expect(shared()).rejects.toThrow('offline');
		await expect(shared()).resolves.toBe('loaded');
		await expect(shared()).resolves.toBe('loaded');
		expect(load).toHaveBeenCalledTimes(2);
	});
});
