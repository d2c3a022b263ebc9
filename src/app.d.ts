import type { Db } from '$lib/server/db';
import type { Session } from '$lib/server/auth/sessions';

declare global {
	namespace App {
		interface Error {
			message: string;
			id?: string;
			/** A closed event's page (410): what it was, for the "This event has ended" page. */
			ended?: { name: string; area_slug: string; area_name: string };
		}
		interface Locals {
			db: Db;
			session: Session | null;
		}
	}
}

export {};
