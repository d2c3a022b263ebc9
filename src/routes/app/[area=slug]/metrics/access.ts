/** Who adds and changes an area's numbers (row-level security says the same, migration 20261202040100). */
export const METRIC_EDITORS = ['area_admin', 'engagement_officer', 'commissioner'] as const;
