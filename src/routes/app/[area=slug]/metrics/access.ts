/** Who adds and changes an area's numbers (row-level security says the same, migration 20261202040100). */
import { rolesFor } from '$lib/permissions';

export const METRIC_EDITORS = rolesFor('manage_metrics');
