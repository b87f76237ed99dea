// Writes the JSON Schemas that .vscode/settings.json points the editor at. Run after changing src/schemas/.
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../schemas/json-schemas.ts';

for (const [name, text] of Object.entries(jsonSchemas())) {
	writeFileSync(new URL(`../../.vscode/schemas/${name}`, import.meta.url), text);
	console.log(`.vscode/schemas/${name}`);
}
