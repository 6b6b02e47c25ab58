import { EXPIRING_SOON_DAYS, type CertificateInfo } from '../../checker/index.ts';
import { certificateName, validityWords, type CheckResult } from '../../explain/index.ts';
import { certificateAnchor, codeText, copyButton, el, heading } from './dom.ts';
import type { RenderContext } from './render.ts';

/** One card per certificate, server certificate first, with every field an admin compares. */
export function renderCertificates({ diagnosis }: CheckResult, context: RenderContext): HTMLElement {
  const { words, headingLevel } = context;
  const status = el('span', 'visually-hidden');
  status.setAttribute('role', 'status');
  const list = el('div', 'checker-certificates', status);
  const matched = diagnosis.nameMatch;
  const matchedByCommonName = matched?.rule === 'cn-without-san';
  diagnosis.certificates.forEach((certificate, index) => {
    const id = certificateAnchor(index);
    const card = el('section', 'checker-certificate');
    card.id = id;
    card.setAttribute('aria-labelledby', `${id}-title`);
    const title = heading(
      headingLevel + 1,
      `${words.certificateNumber(index + 1)}: ${words.role[certificate.role]}`,
      `${id}-title`,
    );
    card.append(title, el('p', 'checker-certificate-name', certificateName(certificate)));
    const badges = [
      certificate.selfSigned ? words.field.selfSigned : '',
      certificate.isCA ? words.field.ca : '',
    ].filter(Boolean);
    if (badges.length > 0)
      card.append(el('p', 'checker-badges', ...badges.map((badge) => el('span', 'checker-badge', badge))));

    const fields = el('dl', 'checker-fields');
    const row = (label: string, ...value: (Node | string)[]) =>
      fields.append(el('dt', undefined, label), el('dd', undefined, ...value));
    row(words.field.subject, codeText(certificate.subject));
    row(words.field.issuer, codeText(certificate.issuer));
    row(
      words.field.names,
      names(certificate, index === 0 && matched && !matchedByCommonName ? matched.name : null, context),
      ...(index === 0 && diagnosis.host
        ? [el('span', 'checker-host', words.field.hostBeside, ' ', codeText(diagnosis.host))]
        : []),
    );
    if (certificate.commonName !== null)
      row(words.field.commonName, highlighted(certificate.commonName, index === 0 && matchedByCommonName, context));
    row(words.field.validity, validity(certificate, context));
    row(
      words.field.key,
      words.keyDescription(certificate.publicKey.algorithm, certificate.publicKey.bits, certificate.publicKey.curve),
    );
    row(words.field.signature, certificate.signatureAlgorithm);
    row(
      words.field.usages,
      certificate.extendedKeyUsages ? certificate.extendedKeyUsages.join(', ') : words.field.anyUsage,
    );
    row(words.field.serial, codeText(certificate.serialNumber));
    for (const [label, value] of [
      [words.field.sha1, certificate.sha1],
      [words.field.sha256, certificate.sha256],
    ] as const) {
      const said = { copied: words.copy.copied, failed: words.copy.failed };
      row(
        label,
        el('code', 'checker-fingerprint', value),
        ' ',
        copyButton(words.copy.button, words.copy.fingerprint(label), () => value, status, said),
      );
    }
    const source = certificate.source;
    row(words.field.source, words.source(source.format, source.block, source.line, source.position));
    card.append(fields);
    list.append(card);
  });
  return list;
}

function names(certificate: CertificateInfo, matched: string | null, context: RenderContext): HTMLElement {
  const all = [...certificate.dnsNames, ...certificate.ipAddresses];
  if (all.length === 0) return el('span', undefined, context.words.field.noNames);
  return el(
    'ul',
    'checker-names',
    ...all.map((name) => el('li', undefined, highlighted(name, name === matched, context))),
  );
}

/** The name that matched the host, marked (and said in words, not only by colour). */
function highlighted(name: string, isMatch: boolean, { words }: RenderContext): Node {
  if (!isMatch) return codeText(name);
  return el('mark', 'checker-match', codeText(name), ` ${words.field.matched}`);
}

function validity(certificate: CertificateInfo, { words }: RenderContext): HTMLElement {
  const state = certificate.validity;
  const relative = validityWords(words, state);
  const soon = state.state === 'valid' && state.days <= EXPIRING_SOON_DAYS;
  const span = el(
    'span',
    `checker-validity is-${soon ? 'soon' : state.state}`,
    `${words.date(certificate.notBefore)} – ${words.date(certificate.notAfter)} `,
    el('strong', undefined, `(${relative})`),
  );
  return span;
}
