import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as review from '$lib/server/services/review';
import { noteReview, retrainNow, retrainState } from '$lib/server/review-retrain';
import { filterQuery, parseFilters, readReviewForm, sampleSchema } from '$lib/schemas/review';
import { failure, formInput, formValues, parseForm } from '$lib/forms';
import { batchParam, batchState, nextInBatch, parseBatch } from '$lib/review/batch';
import { codebook } from '$lib/nlp/codebook';
import type { Actions, PageServerLoad } from './$types';

const uuid = z.string().uuid();

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area, review.REVIEWERS);
	const canManage = roles.some((r) => review.OFFICERS.includes(r));
	const q = event.url.searchParams;
	const { filters, errors } = parseFilters(q);
	const current = uuid.safeParse(q.get('item'));
	const done = uuid.safeParse(q.get('done'));
	const asked = parseBatch(q.get('batch'));
	if (asked === 'new') {
		// A new batch, least certain first: its items go in the address, so it works without scripts.
		const ids = await asStaff(event, (tx) => review.startBatch(tx, area.id, filters));
		if (ids.length)
			redirect(303, `/app/${area.slug}/review?${filterQuery(filters, { batch: batchParam(ids) })}#item-${ids[0]}`);
	}
	const batchIds = Array.isArray(asked) ? asked : null;
	const data = await asStaff(event, async (tx) => {
		const themes = await review.themes(tx, area.id);
		let batch = null;
		let queue;
		if (batchIds) {
			const status = await review.batchStatus(tx, area.id, batchIds);
			batch = batchState(batchIds, status.reviewed, status.visible, current.success ? current.data : null);
			const at = batch.currentId ? batch.ids.indexOf(batch.currentId) : -1;
			queue = {
				item: batch.currentId ? await review.item(tx, area.id, batch.currentId) : null,
				previousId: at > 0 ? batch.ids[at - 1]! : null,
				nextId: at >= 0 && at < batch.ids.length - 1 ? batch.ids[at + 1]! : null,
				position: at + 1,
				count: batch.total
			};
		} else queue = await review.queue(tx, area.id, filters, current.success ? current.data : undefined);
		return {
			themes,
			engagements: await review.engagements(tx, area.id),
			queue,
			batch,
			progress: await review.progress(tx, area.id, filters),
			accuracy: await review.accuracy(tx, area.id),
			agreement: await review.agreement(tx, area.id),
			model: await review.modelStatus(tx, area.id),
			learnt: canManage ? await review.learntFromBoard(tx, area.id) : null
		};
	});
	// What each theme means, beside the queue: the codebook for the default themes, else the
	// theme's own description (an area's own themes).
	const guide = data.themes
		.filter((t) => t.active)
		.map((t) => {
			const entry = codebook.find((c) => c.id === t.id);
			return {
				id: t.id,
				name: t.name,
				definition: entry?.definition ?? t.description,
				includes: entry?.includes ?? [],
				excludes: entry?.excludes ?? []
			};
		});
	return {
		...data,
		guide,
		batchParam: batchIds ? batchParam(batchIds) : null,
		batchEmpty: asked === 'new',
		filters,
		filterErrors: errors,
		itemMissing: current.success && data.queue.item?.id !== current.data,
		done: done.success ? done.data : null,
		retraining: retrainState(area.id),
		canManage
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { area, session } = requireArea(event, event.params.area, review.REVIEWERS);
		const data = await event.request.formData();
		const form = readReviewForm(data);
		const values = formValues(data);
		if (!form.ok) return failure(400, 'save', form.errors, values);
		const { filters } = parseFilters(event.url.searchParams);
		const inBatch = parseBatch(event.url.searchParams.get('batch'));
		const batchIds = Array.isArray(inBatch) ? inBatch : null;
		const result = await asStaff(event, async (tx) => {
			const names = review.namer(await review.themes(tx, area.id));
			const saved = await review.saveReview(
				tx,
				area.id,
				session.person.id,
				{ itemId: form.value.item, ...form.value },
				names
			);
			// The next item after this one in the list, for show=all (show=todo moves on by itself).
			if (saved.ok && batchIds) {
				// In a batch: the next item not yet reviewed, or the end of the batch.
				const status = await review.batchStatus(tx, area.id, batchIds);
				const ids = batchIds.filter((id) => status.visible.has(id));
				return { saved, next: nextInBatch(ids, status.reviewed, form.value.item) };
			}
			const next =
				saved.ok && filters.show === 'all' ? (await review.queue(tx, area.id, filters, form.value.item)).nextId : null;
			return { saved, next };
		});
		if (!result.saved.ok) return failure(400, 'save', result.saved.errors, formInput(data, { lists: ['add'] }));
		noteReview(event.locals.db, area.id, session.person.id);
		if (batchIds) {
			// Without scripts the browser lands on the next item's anchor, so the page does not jump.
			const query = filterQuery(filters, {
				batch: batchParam(batchIds),
				item: result.next ?? undefined,
				done: form.value.item
			});
			redirect(303, `/app/${area.slug}/review?${query}#${result.next ? `item-${result.next}` : 'batch-done'}`);
		}
		redirect(
			303,
			`/app/${area.slug}/review?${filterQuery(filters, { item: result.next ?? undefined, done: form.value.item })}`
		);
	},

	sample: async (event) => {
		const { area } = requireArea(event, event.params.area, review.OFFICERS);
		const parsed = await parseForm(event.request, 'sample', sampleSchema);
		if (!parsed.ok) return parsed.failure;
		const { filters } = parseFilters(event.url.searchParams);
		const added = await asStaff(event, (tx) => review.addSample(tx, area.id, filters, parsed.data.size));
		return { sampled: added };
	},

	toggleSample: async (event) => {
		const { area } = requireArea(event, event.params.area, review.OFFICERS);
		const parsed = z
			.object({ item: uuid, on: z.enum(['yes', 'no']) })
			.safeParse(formValues(await event.request.formData()));
		if (!parsed.success) error(400, 'We could not tell which feedback this was');
		await asStaff(event, (tx) => review.setSampled(tx, area.id, parsed.data.item, parsed.data.on === 'yes'));
		return { sampleChanged: parsed.data.on };
	},

	retrain: async (event) => {
		const { area, session } = requireArea(event, event.params.area, review.OFFICERS);
		// Not awaited: the page answers at once and says it has started.
		void retrainNow(event.locals.db, area.id, session.person.id);
		return { retrainStarted: true };
	}
} satisfies Actions;
