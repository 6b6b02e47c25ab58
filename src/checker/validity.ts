import type { Validity } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Where `now` falls in a validity period, in whole days: the one computation behind the time
 * findings and every certificate's `validity`, so the page, the report and the CLI never count
 * differently. Days already passed round down (expired 1.9 days ago is "1 day ago", like
 * "expires in 1 day"); days still to wait round up (valid in 0.2 days is "in 1 day", never 0).
 */
export function validityAt(notBefore: Date, notAfter: Date, now: Date): Validity {
  if (now.getTime() < notBefore.getTime()) {
    return { state: 'not-yet-valid', days: Math.ceil((notBefore.getTime() - now.getTime()) / DAY_MS) };
  }
  if (now.getTime() > notAfter.getTime()) {
    return { state: 'expired', days: Math.floor((now.getTime() - notAfter.getTime()) / DAY_MS) };
  }
  return { state: 'valid', days: Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS) };
}
