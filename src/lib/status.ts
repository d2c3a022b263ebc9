export type { ActionStatus } from './vocabulary';
export { ACTION_STATUS_LABEL as STATUS_LABEL } from './vocabulary';

// Dates are formatted in lib/dates.ts; these two are re-exported for the many pages that show an
// action's status beside its dates.
export { formatDate, formatWhen } from './dates';
