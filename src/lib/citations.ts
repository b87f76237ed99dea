import type { Protocol } from '../schemas/protocol.ts';

/** Every reference key a protocol's frontmatter names, with the field path it is at. */
export function protocolReferenceKeys(protocol: Protocol): { key: string; path: (string | number)[] }[] {
	const keys = protocol.references.map((key, index) => ({ key, path: ['references', index] }));
	if (protocol.phase === 'dosing' && protocol.session) {
		const { session } = protocol;
		keys.push(...session.references.map((key, index) => ({ key, path: ['session', 'references', index] })));
		keys.push(...session.dose.references.map((key, index) => ({ key, path: ['session', 'dose', 'references', index] })));
		session.thresholds.forEach((threshold, t) => {
			keys.push(...threshold.references.map((key, index) => ({ key, path: ['session', 'thresholds', t, 'references', index] })));
		});
	}
	return keys;
}

/** A protocol's sources, each once, in the order its frontmatter first names them. */
export function protocolSources(protocol: Protocol): string[] {
	return [...new Set(protocolReferenceKeys(protocol).map(({ key }) => key))];
}
