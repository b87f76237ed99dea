// Serves a built site under its base path on 127.0.0.1, answering unknown paths with the site's
// 404 page, as a static host does. Astro's own preview allows one server per project; the tests
// need the root build and the /manual/ build side by side.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const [dir = 'dist', base = '/', port = '4321', mode = ''] = process.argv.slice(2);
// --live re-reads the folder on every request, for tests that rebuild the site while it is served.
const files = sirv(dir, { dev: mode === '--live', etag: true, dotfiles: false });

createServer((request, response) => {
	const url = request.url ?? '/';
	const notFound = () => {
		response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
		response.end(readFileSync(join(dir, '404.html')));
	};
	if (!url.startsWith(base)) return notFound();
	request.url = `/${url.slice(base.length)}`;
	files(request, response, notFound);
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));
