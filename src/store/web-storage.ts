/** localStorage and sessionStorage that never throw (private modes, full quotas, disabled storage). */
function safe(storage: () => Storage) {
	return {
		get(key: string): string | null {
			try {
				return storage().getItem(key);
			} catch {
				return null;
			}
		},
		set(key: string, value: string): void {
			try {
				storage().setItem(key, value);
			} catch {
				// The layout is a convenience: without storage it is simply not remembered.
			}
		},
		remove(key: string): void {
			try {
				storage().removeItem(key);
			} catch {
				// Nothing stored can be left behind when storage is unavailable.
			}
		},
		/** The keys stored, or none when storage is unavailable. */
		keys(): string[] {
			try {
				return Object.keys(storage());
			} catch {
				return [];
			}
		},
	};
}

export const local = safe(() => window.localStorage);
export const session = safe(() => window.sessionStorage);
