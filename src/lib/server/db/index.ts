export type { Claims, Db, Engine, Tx } from './types';
export { ANON } from './types';
export { withClaims } from './claims';
export { openDatabase } from './open';
export { DatabaseOpenError } from './pglite';
export { migrate, MigrationError } from './migrate';
