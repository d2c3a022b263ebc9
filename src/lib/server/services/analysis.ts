/**
 * Text analysis for an area, on arrival of feedback: themes (the area's taxonomy and trained
 * model), sentiment, safeguarding and redaction. Surveys, events and imports call `analyse`
 * inside the request's transaction. Analysers are cached per area and model version, since
 * building one takes milliseconds and a request should take less.
 */
import type { Tx } from '../db/types';
import {
	builtInModel,
	createAnalyser,
	loadModel,
	train,
	type Analyser,
	type Analysis,
	type Role,
	type ThemeDef,
	type ThemeModel,
	type TrainingExample
} from '../../nlp';

export interface AreaAnalysisInputs {
	themes: ThemeDef[];
	model: ThemeModel;
	/** Identifies this version of the themes and model, for caching. */
	version: string;
}

export async function inputsFor(tx: Tx, areaId: string): Promise<AreaAnalysisInputs> {
	const { rows: themes } = await tx.query<{ id: string; name: string; description: string; keywords: string[] }>(
		`select id, name, description, keywords from public.themes
		 where active and (area_id is null or area_id = $1) order by area_id nulls first, position, id`,
		[areaId]
	);
	const { rows: stored } = await tx.query<{ model: unknown; trained_at: Date }>(
		'select model, trained_at from app.area_model($1)',
		[areaId]
	);
	const s = stored[0];
	return {
		themes: themes.map((t) => ({ id: t.id, name: t.name, description: t.description, keywords: t.keywords })),
		model: s ? loadModel(s.model) : builtInModel,
		version: `${areaId}:${s ? new Date(s.trained_at).toISOString() : 'built-in'}:${themes.map((t) => `${t.id}/${t.keywords.join(',')}`).join('|')}`
	};
}

const cache = new Map<string, Analyser>();
const CACHE_LIMIT = 50;

export async function analyserFor(tx: Tx, areaId: string): Promise<Analyser> {
	const inputs = await inputsFor(tx, areaId);
	let analyser = cache.get(inputs.version);
	if (!analyser) {
		analyser = createAnalyser({ themes: inputs.themes, model: inputs.model });
		if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
		cache.set(inputs.version, analyser);
	}
	return analyser;
}

/** Analyses one piece of feedback with the area's themes and model. */
export async function analyse(tx: Tx, areaId: string, text: string, role?: Role): Promise<Analysis> {
	return (await analyserFor(tx, areaId)).analyse(text, { role });
}

/**
 * Retrains the area's model from reviewers' confirmed labels and stores it (officers and area
 * admins; row-level security checks). Returns how many examples it learnt from.
 */
export async function retrain(tx: Tx, areaId: string, examples: TrainingExample[], by: string | null): Promise<number> {
	const { themes } = await inputsFor(tx, areaId);
	const model = train(examples, { themes });
	await tx.query(
		`insert into public.area_models (area_id, model, examples, trained_at, trained_by) values ($1, $2, $3, now(), $4)
		 on conflict (area_id) do update set model = excluded.model, examples = excluded.examples,
			trained_at = excluded.trained_at, trained_by = excluded.trained_by`,
		[areaId, JSON.stringify(model), examples.length, by]
	);
	return examples.length;
}
