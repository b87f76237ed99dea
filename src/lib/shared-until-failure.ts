/**
 * `load`, started by the first call and its promise shared by every call after it; if it fails
 * (offline before the manual was saved for offline use), the next call starts it again. The
 * arguments are those of the call that started it.
 */
export function sharedUntilFailure<Args extends unknown[], T>(load: (...args: Args) => Promise<T>): (...args: Args) => Promise<T> {
	let pending: Promise<T> | undefined;
	return (...args) => {
		if (!pending) {
			pending = load(...args);
			pending.catch(() => (pending = undefined));
		}
		return pending;
	};
}
