// `npm start`: build the app if the build is missing or older than the sources, then serve it
// with adapter-node on PORT (default 3000), on the embedded database unless DATABASE_URL is set.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'build/index.js';
const INPUTS = ['src', 'static', 'seeds', 'supabase', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/** @param {string} path @returns {number} newest modification time under path */
function newest(path) {
	if (!existsSync(path)) return 0;
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

const stale = !existsSync(STAMP) || INPUTS.some((p) => newest(p) > statSync(STAMP).mtimeMs);
if (stale) {
	console.log('Building Said & Done (first start, or the code changed)...');
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit'
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const PORT = process.env.PORT || '3000';
// adapter-node assumes https unless told the public origin; locally it is plain http, and the
// CSRF check compares a form's Origin header with it.
// BODY_SIZE_LIMIT: the server's cap on a request body, as src/lib/limits.ts states it
// (REQUEST_MAX_BYTES; tests/unit/limits.test.ts checks the two agree).
const env = {
	NODE_ENV: 'production',
	ORIGIN: `http://localhost:${PORT}`,
	BODY_SIZE_LIMIT: '512K',
	...process.env,
	PORT
};
const server = spawn(process.execPath, ['build/index.js'], { stdio: 'inherit', env });
console.log(`Said & Done will be at http://localhost:${env.PORT}`);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
