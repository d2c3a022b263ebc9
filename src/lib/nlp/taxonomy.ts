// The 14 default themes, read from seeds/themes.json: one list for the database seed and the
// analyser. A JSON import bundles into the server build, so the library still needs no file access.
import type { ThemeDef } from './types';
import themes from '../../../seeds/themes.json';

export const defaultThemes: readonly ThemeDef[] = Object.freeze(themes.map((t) => Object.freeze({ ...t })));
