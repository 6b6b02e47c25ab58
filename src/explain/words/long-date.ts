/**
 * A date as each language writes it in prose ("1 December 2026", "1. prosince 2026"), in UTC
 * because certificate dates are UTC. Text that is not a date is returned as it came.
 */
export function longDate(locale: 'en-GB' | 'cs-CZ'): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (iso) => {
    const value = new Date(iso);
    return Number.isNaN(value.getTime()) ? iso : format.format(value);
  };
}
