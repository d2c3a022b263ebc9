import type { Db } from '$lib/server/db';

declare global {
	namespace App {
		interface Error {
			message: string;
			id?: string;
		}
		interface Locals {
			db: Db;
		}
	}
}

export {};
