/** Who reads the trace pages and the steering group report: the staff who can read feedback and the people it came from. */
import type { AreaRole } from '$lib/server/auth/sessions';

export const READERS: AreaRole[] = ['area_admin', 'engagement_officer', 'commissioner'];
