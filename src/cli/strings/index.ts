import type { Locale } from '../../i18n/locales.ts';
import { cs } from './cs.ts';
import { en } from './en.ts';
import type { CliStrings } from './types.ts';

/** The CLI's own small string tables; the site's i18next resources are for the page. */
export const STRINGS: Record<Locale, CliStrings> = { cs, en };
export type { CliStrings } from './types.ts';
