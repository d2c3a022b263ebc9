import type { Db } from '$lib/server/db';
import type { Session } from '$lib/server/auth/sessions';

declare global {
	namespace App {
		interface Error {
			message: string;
			id?: string;
		}
		interface Locals {
			db: Db;
			session: Session | null;
		}
	}
}

export {};
