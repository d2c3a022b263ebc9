import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173 },
	css: {
		preprocessorOptions: {
			scss: { loadPaths: ['node_modules', 'src'], quietDeps: true, silenceDeprecations: ['import'] }
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'db',
					include: ['tests/db/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// Each file owns its databases; running files one at a time keeps the
					// shared PostgreSQL server's schemas from colliding and memory flat.
					fileParallelism: false
				}
			}
		]
	}
});
