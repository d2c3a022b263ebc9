/** Who adds and changes an area's numbers (row-level security says the same, the baseline migration). */
import { rolesFor } from '$lib/permissions';

export const METRIC_EDITORS = rolesFor('manage_metrics');
