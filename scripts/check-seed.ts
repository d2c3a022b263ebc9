// Validates seed files: node --import tsx scripts/check-seed.ts seeds/areas/*.json
import { readFileSync } from 'node:fs';
import { seedArea, seedReferenceErrors } from '../src/lib/schemas/seed.ts';
import themes from '../seeds/themes.json' with { type: 'json' };

const themeIds = new Set(themes.map((t) => t.id));
let failed = false;
for (const file of process.argv.slice(2)) {
	const parsed = seedArea.safeParse(JSON.parse(readFileSync(file, 'utf8')));
	if (!parsed.success) {
		failed = true;
		console.error(`${file}:`);
		for (const issue of parsed.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
		continue;
	}
	const seed = parsed.data;
	const errors = seedReferenceErrors(seed);
	for (const y of seed.you_said)
		for (const t of y.theme_ids) if (!themeIds.has(t)) errors.push(`${y.key}: unknown theme "${t}"`);
	if (errors.length) {
		failed = true;
		console.error(`${file}:\n  ${errors.join('\n  ')}`);
		continue;
	}
	const priorities = seed.plans.flatMap((p) => p.priorities);
	const actions = priorities.flatMap((p) => p.actions);
	console.log(
		`${file}: ok - plans ${seed.plans.length}, priorities ${priorities.length}, actions ${actions.length} (done ${actions.filter((a) => a.status === 'done').length}), you said ${seed.you_said.length}, quotes ${seed.you_said.reduce((n, y) => n + y.quotes.length, 0)}, engagements ${seed.engagements.length}`
	);
}
process.exit(failed ? 1 : 0);
