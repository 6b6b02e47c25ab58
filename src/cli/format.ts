import { sanitize } from '../explain/sanitize.ts';
import type { Locale } from '../i18n/locales.ts';

export { sanitize };

/**
 * Small formatting helpers shared by the string tables and the report.
 */

/** A date as the reader expects it: 2026-12-01 in English (unambiguous), 1. 12. 2026 in Czech. */
export function formatDate(iso: string, lang: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return sanitize(iso);
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  const year = date.getUTCFullYear();
  if (lang === 'cs') return `${day}. ${month}. ${year}`;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Czech plural: 1 den, 2–4 dny, 5+ (and 0) dní. */
export function czechPlural(count: number, one: string, few: string, many: string): string {
  if (count === 1) return one;
  if (count >= 2 && count <= 4) return few;
  return many;
}

/** Reads a string parameter of a finding; certificate text is sanitized. */
export function param(params: Record<string, unknown> | undefined, name: string): string {
  const value = params?.[name];
  return value === undefined || value === null ? '' : sanitize(String(value));
}

/** Reads a number parameter of a finding. */
export function numberParam(params: Record<string, unknown> | undefined, name: string): number {
  const value = Number(params?.[name]);
  return Number.isFinite(value) ? value : 0;
}

/** Reads a list parameter of a finding, sanitized. */
export function listParam(params: Record<string, unknown> | undefined, name: string): string[] {
  const value = params?.[name];
  return Array.isArray(value) ? value.map((item) => sanitize(String(item))) : [];
}
