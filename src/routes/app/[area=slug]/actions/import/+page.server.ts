import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as actionService from '$lib/server/services/actions';
import { CSV_COLUMNS } from '$lib/schemas/actions';
import { EDITORS, canManage, partnerOnly } from '../access';
import { refused } from '../refusal';
import { refusal } from '$lib/server/services/refusal';
import { failure } from '$lib/forms';
import { readForm } from '$lib/server/forms';
import { CSV_IMPORT_MAX_BYTES, CSV_IMPORT_REQUEST_MAX_BYTES, kb } from '$lib/limits';
import type { Actions, PageServerLoad } from './$types';

/**
 * One limit (src/lib/limits.ts), stated on the page and kept at both steps. Far more than any
 * area's actions need (LLR's 131 export to about 60 KB), and small enough that the preview's copy
 * of the file (base64, a third bigger) still fits when it is sent back to be saved: whatever
 * previews can be applied. A request far over it (a 1 MB file) is refused before it is read, with
 * the same words next to the field.
 */
const MAX_BYTES = CSV_IMPORT_MAX_BYTES;
const TOO_BIG = `The file must be ${kb(MAX_BYTES)} or smaller. Remove rows you did not change, or empty rows, and try again`;

export const load = (async (event) => {
	const { roles } = requireArea(event, event.params.area, EDITORS);
	return {
		columns: [...CSV_COLUMNS],
		maxSize: kb(MAX_BYTES),
		partnerOnly: partnerOnly(roles),
		canManage: canManage(roles)
	};
}) satisfies PageServerLoad;

/** The preview a page shows: rows that change or have problems, and the counts. */
function preview(plan: actionService.ImportPlan, csv: string) {
	return {
		// Base64, so the browser cannot change the file's line breaks on the way back.
		csv: Buffer.from(csv, 'utf8').toString('base64'),
		fingerprint: plan.fingerprint,
		fileErrors: plan.fileErrors,
		rows: plan.rows.filter((r) => r.errors.length || r.changes.length),
		rowCount: plan.rows.length,
		unchanged: plan.rows.filter((r) => !r.errors.length && !r.changes.length).length,
		blankRows: plan.blankRows,
		errorCount: plan.errorCount,
		changeCount: plan.changeCount,
		actionCount: plan.writes.length
	};
}

export const actions = {
	check: async (event) => {
		const { area, roles } = requireArea(event, event.params.area, EDITORS);
		const form = await readForm(event.request, CSV_IMPORT_REQUEST_MAX_BYTES);
		if (!form) return failure(413, 'check', { file: TOO_BIG });
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0)
			return failure(400, 'check', { file: 'Choose the CSV file to upload' });
		if (file.size > MAX_BYTES) return failure(413, 'check', { file: TOO_BIG });
		const csv = await file.text();
		const plan = await asStaff(event, (tx) =>
			actionService.planImport(tx, area.id, csv, { canManage: canManage(roles) })
		);
		return { preview: preview(plan, csv) };
	},

	apply: async (event) => {
		const { area, roles } = requireArea(event, event.params.area, EDITORS);
		const data = await readForm(event.request, CSV_IMPORT_REQUEST_MAX_BYTES);
		if (!data) return failure(413, 'apply', { file: TOO_BIG });
		const csv = Buffer.from(String(data.get('csv') ?? ''), 'base64').toString('utf8');
		const fingerprint = String(data.get('fingerprint') ?? '');
		if (!csv) return failure(400, 'apply', { file: 'Upload the file again' });
		if (Buffer.byteLength(csv) > MAX_BYTES) return failure(413, 'apply', { file: TOO_BIG });
		type Outcome = { applied: { actions: number; updates: number } } | { stale: ReturnType<typeof preview> };
		try {
			// Checked again and applied in one transaction: every change in the file, or none.
			const outcome = await asStaff(event, async (tx): Promise<Outcome> => {
				const plan = await actionService.planImport(tx, area.id, csv, { canManage: canManage(roles) });
				if (plan.fingerprint !== fingerprint || plan.errorCount > 0) return { stale: preview(plan, csv) };
				return { applied: await actionService.applyImport(tx, area.id, plan) };
			});
			if ('stale' in outcome)
				return failure(
					409,
					'apply',
					'Nothing was changed: the actions changed since you checked this file. Check the changes below again.',
					{},
					{ preview: outcome.stale }
				);
			return { applied: outcome.applied };
		} catch (e) {
			if (e instanceof actionService.ImportRejected) return failure(409, 'apply', e.message);
			const r = refusal(e);
			const words = r && refused(r);
			if (!words) throw e;
			return failure(409, 'apply', `Nothing was changed. ${words.message}`);
		}
	}
} satisfies Actions;
