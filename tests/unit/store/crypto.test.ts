import { describe, expect, it } from 'vitest';
import { deriveKey, newLock, open, PBKDF2_ITERATIONS, seal, TamperedDataError, unlockKey, WrongPassphraseError } from '../../../src/lib/store/crypto.ts';

// Tests derive keys with few iterations to stay fast; the production default is asserted below.
const FAST = 1_000;

describe('device lock cryptography', () => {
	it('uses at least 600,000 PBKDF2 iterations by default, in a non-extractable AES-GCM key', async () => {
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		const { key, settings } = await newLock('correct horse');
		expect(settings.iterations).toBe(PBKDF2_ITERATIONS);
		expect(settings.salt.byteLength).toBe(16);
		expect(key.extractable).toBe(false);
		expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
		await expect(globalThis.crypto.subtle.exportKey('raw', key)).rejects.toThrow();
	});

	it('gives each device its own salt, so one passphrase makes different keys', async () => {
		const [a, b] = await Promise.all([newLock('same', FAST), newLock('same', FAST)]);
		expect(a.settings.salt).not.toEqual(b.settings.salt);
		const sealed = await seal(a.key, 'x', 'c');
		await expect(open(b.key, sealed, 'c')).rejects.toThrow(TamperedDataError);
	});

	it('round-trips a value, with a fresh 96-bit IV each time and no plain text in the ciphertext', async () => {
		const { key } = await newLock('pass', FAST);
		const value = { '0': { bp: '120/80', pulse: '72' } };
		const first = await seal(key, value, 'worksheet/vitals-log/vitals');
		const second = await seal(key, value, 'worksheet/vitals-log/vitals');
		expect(first.iv.byteLength).toBe(12);
		expect(first.iv).not.toEqual(second.iv);
		expect(new TextDecoder().decode(first.data)).not.toContain('120/80');
		expect(await open(key, first, 'worksheet/vitals-log/vitals')).toEqual(value);
	});

	it('refuses ciphertext with one flipped byte, and a value moved to another place', async () => {
		const { key } = await newLock('pass', FAST);
		const sealed = await seal(key, 'Calm', 'here');
		for (const index of [0, sealed.data.byteLength - 1]) {
			const data = sealed.data.slice();
			data[index]! ^= 0x01;
			await expect(open(key, { iv: sealed.iv, data }, 'here')).rejects.toThrow(TamperedDataError);
		}
		const iv = sealed.iv.slice();
		iv[0]! ^= 0x80;
		await expect(open(key, { iv, data: sealed.data }, 'here')).rejects.toThrow(TamperedDataError);
		await expect(open(key, sealed, 'elsewhere')).rejects.toThrow(/was changed or damaged/);
	});

	it('detects a wrong passphrase through the verifier, and opens with the right one', async () => {
		const { settings } = await newLock('right one', FAST);
		await expect(unlockKey('wrong one', settings)).rejects.toThrow(WrongPassphraseError);
		const key = await unlockKey('right one', settings);
		expect(await open(key, settings.verifier, 'verifier')).toBe('kapkit device lock');
	});

	it('refuses an empty passphrase', async () => {
		await expect(deriveKey('', new Uint8Array(16), FAST)).rejects.toThrow(/cannot be empty/);
	});
});
