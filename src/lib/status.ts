export type ActionStatus = 'planned' | 'in_progress' | 'done' | 'not_doing';

export const STATUS_LABEL: Record<ActionStatus, string> = {
	planned: 'Planned',
	in_progress: 'In progress',
	done: 'Done',
	not_doing: 'Not doing'
};

// Dates are formatted in lib/dates.ts; these two are re-exported for the many pages that show an
// action's status beside its dates.
export { formatDate, formatWhen } from './dates';
