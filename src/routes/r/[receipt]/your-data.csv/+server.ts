import { download } from '$lib/server/subject-access-route';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => download(event, 'csv');
