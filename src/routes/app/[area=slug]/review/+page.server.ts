import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as review from '$lib/server/services/review';
import { noteReview, retrainNow, retrainState } from '$lib/server/review-retrain';
import { filterQuery, parseFilters, readReviewForm, sampleSchema } from '$lib/schemas/review';
import { failure, formInput, formValues, parseForm } from '$lib/forms';
import type { Actions, PageServerLoad } from './$types';

const uuid = z.string().uuid();

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area, review.REVIEWERS);
	const q = event.url.searchParams;
	const { filters, errors } = parseFilters(q);
	const current = uuid.safeParse(q.get('item'));
	const done = uuid.safeParse(q.get('done'));
	const data = await asStaff(event, async (tx) => ({
		themes: await review.themes(tx, area.id),
		engagements: await review.engagements(tx, area.id),
		queue: await review.queue(tx, area.id, filters, current.success ? current.data : undefined),
		progress: await review.progress(tx, area.id, filters),
		accuracy: await review.accuracy(tx, area.id),
		agreement: await review.agreement(tx, area.id),
		model: await review.modelStatus(tx, area.id)
	}));
	return {
		...data,
		filters,
		filterErrors: errors,
		itemMissing: current.success && data.queue.item?.id !== current.data,
		done: done.success ? done.data : null,
		retraining: retrainState(area.id),
		canManage: roles.some((r) => review.OFFICERS.includes(r))
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
			const next =
				saved.ok && filters.show === 'all' ? (await review.queue(tx, area.id, filters, form.value.item)).nextId : null;
			return { saved, next };
		});
		if (!result.saved.ok) return failure(400, 'save', result.saved.errors, formInput(data, { lists: ['add'] }));
		noteReview(event.locals.db, area.id, session.person.id);
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
