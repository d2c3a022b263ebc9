/** Who reads the trace pages and the steering group report: the staff who can read feedback and the people it came from. */
import { rolesFor } from '$lib/permissions';

export const READERS = rolesFor('read_feedback');
