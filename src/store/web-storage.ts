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
	};
}

export const local = safe(() => window.localStorage);
export const session = safe(() => window.sessionStorage);
