/** Keys that could reach an object's prototype if a later step copied them carelessly. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first forbidden key anywhere in `value`, or undefined when there is none. */
export function findForbiddenKey(value: unknown, path: string[] = []): string[] | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	for (const key of Object.keys(value)) {
		if (FORBIDDEN_KEYS.has(key)) return [...path, key];
		const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
		if (found) return found;
	}
	return undefined;
}
