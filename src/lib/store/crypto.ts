/**
 * The device lock's cryptography, WebCrypto only: PBKDF2-SHA-256 turns the passphrase and the
 * device's random salt into a non-extractable AES-GCM key; every value is sealed with its own
 * random 96-bit IV. GCM's tag makes a changed byte fail the whole decryption: nothing is half-read.
 */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const VERIFIER_TEXT = 'kapkit device lock';

export interface Sealed {
	iv: Uint8Array<ArrayBuffer>;
	data: Uint8Array<ArrayBuffer>;
}

/** What the store keeps to unlock: never the passphrase or the key. */
export interface LockSettings {
	salt: Uint8Array<ArrayBuffer>;
	iterations: number;
	/** A known text sealed with the key: a wrong passphrase fails to open it. */
	verifier: Sealed;
}

export class WrongPassphraseError extends Error {
	constructor() {
		super('The passphrase is not the one this device was locked with. Nothing was changed.');
		this.name = 'WrongPassphraseError';
	}
}

/** Sealed data that does not open with the right key: it was changed or damaged. */
export class TamperedDataError extends Error {
	constructor(what: string) {
		super(`${what} could not be opened: it was changed or damaged since it was saved, so it was not read.`);
		this.name = 'TamperedDataError';
	}
}

const subtle = () => globalThis.crypto.subtle;
const random = (bytes: number) => globalThis.crypto.getRandomValues(new Uint8Array(bytes));
const encoder = new TextEncoder();

export const newSalt = () => random(SALT_BYTES);

/** Derives the lock key. `iterations` exists for tests; the store always uses the default or more. */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
	if (passphrase.length === 0) throw new Error('A passphrase cannot be empty.');
	const material = await subtle().importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
	return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * Seals a JSON value. `context` (e.g. the record and field it belongs to) is bound to the
 * ciphertext as associated data, so a sealed value moved to another place no longer opens.
 */
export async function seal(key: CryptoKey, value: unknown, context: string): Promise<Sealed> {
	const iv = random(IV_BYTES);
	const data = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(context) }, key, encoder.encode(JSON.stringify(value)));
	return { iv, data: new Uint8Array(data) };
}

export async function open(key: CryptoKey, sealed: Sealed, context: string): Promise<unknown> {
	let plain: ArrayBuffer;
	try {
		plain = await subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(context) }, key, sealed.data);
	} catch {
		throw new TamperedDataError(`A saved value (${context})`);
	}
	return JSON.parse(new TextDecoder().decode(plain));
}

export async function newLock(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ key: CryptoKey; settings: LockSettings }> {
	const salt = newSalt();
	const key = await deriveKey(passphrase, salt, iterations);
	return { key, settings: { salt, iterations, verifier: await seal(key, VERIFIER_TEXT, 'verifier') } };
}

/** The key for `passphrase`, or WrongPassphraseError. Reads nothing but the verifier. */
export async function unlockKey(passphrase: string, settings: LockSettings): Promise<CryptoKey> {
	const key = await deriveKey(passphrase, settings.salt, settings.iterations);
	try {
		if ((await open(key, settings.verifier, 'verifier')) === VERIFIER_TEXT) return key;
	} catch {
		// A wrong key fails GCM's check exactly as tampering does: both mean "not this passphrase".
	}
	throw new WrongPassphraseError();
}
