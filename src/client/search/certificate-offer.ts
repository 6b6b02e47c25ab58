/**
 * "Paste anything": when what was pasted into search holds a certificate, search offers the
 * checker instead, which gets the certificates (never a private key) through the URL fragment
 * (client/checker/hand-off.ts), so no request ever carries them. Used by the header box's
 * combobox, and by the paste forms on the home and search pages.
 */
import { findCertificatePaste } from '../../search/certificate-paste.ts';
import type { SearchStrings } from '../../search/strings.ts';
import { checkerHandOffUrl } from '../checker/hand-off.ts';
import { element, readStrings } from './render.ts';

export interface CertificateOffer {
  /** The checker page with the certificates in its fragment. */
  url: string;
  /** "Check these 3 certificates in the certificate checker". */
  action: string;
  /** "What you pasted holds 3 certificates.", and the private key warning when there was one. */
  found: string;
  hadPrivateKey: boolean;
}

export function certificateOffer(text: string, strings: SearchStrings, locale: string): CertificateOffer | null {
  const paste = findCertificatePaste(text);
  if (!paste) return null;
  const found = plural(strings.certificatesFound, paste.count, locale);
  return {
    url: checkerHandOffUrl(strings.checkerUrl, paste),
    action: plural(strings.checkCertificate, paste.count, locale),
    found: paste.hadPrivateKey ? `${found} ${strings.privateKeyLeftOut}` : found,
    hadPrivateKey: paste.hadPrivateKey,
  };
}

/**
 * For a form's submit event: with a certificate in `text`, goes to the checker instead of
 * sending the text to the search page, where it would land in the query string and so in a
 * server's access log. Returns whether it did.
 */
export function submitToChecker(event: Event, text: string, strings: SearchStrings, locale: string): boolean {
  const offer = certificateOffer(text, strings, locale);
  if (!offer) return false;
  event.preventDefault();
  location.assign(offer.url);
  return true;
}

/**
 * Wires a paste form (PasteSearchForm.astro): under the field, a polite live region offers the
 * checker while the field holds a certificate, and submitting goes there. Safe to call again
 * (the search page calls it after filling the field from ?q=): later calls only refresh the offer.
 */
export function offerCertificateCheck(field: HTMLTextAreaElement): void {
  const attached = refreshers.get(field);
  if (attached) return attached();
  const form = field.form;
  const region = form?.querySelector<HTMLElement>('[data-certificate-offer]');
  if (!form || !region) return;
  const strings = readStrings(form);
  const locale = form.dataset.locale ?? document.documentElement.lang;
  let shown = '';
  const refresh = () => {
    const offer = certificateOffer(field.value, strings, locale);
    // Rebuilt only when the offer changes: typing elsewhere in the text must not repeat the announcement.
    const showing = offer ? `${offer.found}\n${offer.url}` : '';
    if (showing === shown) return;
    shown = showing;
    region.replaceChildren(...(offer ? offerContent(offer, strings) : []));
  };
  refreshers.set(field, refresh);
  field.addEventListener('input', refresh);
  form.addEventListener('submit', (event) => submitToChecker(event, field.value, strings, locale));
  refresh();
}

/** Each wired field's refresh, so a second call reuses the first one's state. */
const refreshers = new WeakMap<HTMLTextAreaElement, () => void>();

function offerContent(offer: CertificateOffer, strings: SearchStrings): HTMLElement[] {
  const found = element(
    'p',
    offer.hadPrivateKey ? 'certificate-offer-found has-private-key' : 'certificate-offer-found',
  );
  found.textContent = offer.found;
  const link = element('a', 'button', offer.action);
  link.href = offer.url;
  const action = element('p', 'certificate-offer-action');
  action.append(link, ' ', element('span', 'certificate-offer-privacy', strings.checkerPrivacy));
  return [found, action];
}

/** A plural template (categories of Intl.PluralRules, {n} for the number) filled in. */
function plural(templates: Record<string, string>, count: number, locale: string): string {
  const template = templates[new Intl.PluralRules(locale).select(count)] ?? templates.other ?? '';
  return template.replace('{n}', String(count));
}
