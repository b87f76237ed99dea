/**
 * localStorage and sessionStorage that never throw (private modes, full quotas, disabled storage).
 * A write or removal says whether it happened, for callers that must tell the reader.
 */
function safe(storage: () => Storage) {
	return {
		get(key: string): string | null {
			try {
				return storage().getItem(key);
			} catch {
				return null;
			}
		},
		/** False when the browser refused: storage is full, turned off, or not available here. */
		set(key: string, value: string): boolean {
			try {
				storage().setItem(key, value);
				return true;
			} catch {
				return false;
			}
		},
		remove(key: string): boolean {
			try {
				storage().removeItem(key);
				return true;
			} catch {
				return false;
			}
		},
		/** Every key held, or none when storage cannot be read. */
		keys(): string[] {
			try {
				const store = storage();
				return Array.from({ length: store.length }, (_, index) => store.key(index)).filter((key) => key !== null);
			} catch {
				return [];
			}
		},
	};
}

export const local = safe(() => window.localStorage);
export const session = safe(() => window.sessionStorage);
