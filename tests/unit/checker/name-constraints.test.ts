import { describe, expect, it } from 'vitest';
import { formatIp, parseIp } from '../../../src/checker/ip.ts';
import {
  nameConstraintViolation,
  type NameConstraints,
  type NameSubtree,
} from '../../../src/checker/name-constraints.ts';

const dns = (name: string): NameSubtree => ({ kind: 'dns', name });
const ip = (cidr: string): NameSubtree => {
  const [address, bits] = cidr.split('/') as [string, string];
  const bytes = parseIp(address)!;
  const mask = bytes.map((_, index) => {
    const left = Number(bits) - index * 8;
    return left >= 8 ? 0xff : left <= 0 ? 0 : (0xff << (8 - left)) & 0xff;
  });
  return { kind: 'ip', address: bytes, mask };
};
const dn = (...rdns: string[]): NameSubtree => ({ kind: 'dn', rdns });
const C = '2.5.4.6=cz';
const O = '2.5.4.10=contoso ltd';
const CN = '2.5.4.3=mail.contoso.com';

/** [constraints, names, expected violation or null]: RFC 5280 4.2.1.10, as Windows applies it. */
const ROWS: [string, NameConstraints, { dns?: string[]; ip?: string[]; subject?: string[] }, string | null][] = [
  ['permitted domain covers itself', { permitted: [dns('contoso.com')], excluded: [] }, { dns: ['contoso.com'] }, null],
  [
    'permitted domain covers names under it',
    { permitted: [dns('contoso.com')], excluded: [] },
    { dns: ['mail.contoso.com'] },
    null,
  ],
  [
    'a suffix is not a subdomain',
    { permitted: [dns('contoso.com')], excluded: [] },
    { dns: ['mailcontoso.com'] },
    'not-permitted dns mailcontoso.com',
  ],
  [
    'a leading dot permits only names under it',
    { permitted: [dns('.contoso.com')], excluded: [] },
    { dns: ['contoso.com'] },
    'not-permitted dns contoso.com',
  ],
  ['case does not matter', { permitted: [dns('Contoso.COM')], excluded: [] }, { dns: ['MAIL.contoso.com'] }, null],
  [
    'one of several names outside',
    { permitted: [dns('contoso.com')], excluded: [] },
    { dns: ['mail.contoso.com', 'mail.fabrikam.com'] },
    'not-permitted dns mail.fabrikam.com',
  ],
  [
    'excluded wins over permitted',
    { permitted: [dns('contoso.com')], excluded: [dns('mail.contoso.com')] },
    { dns: ['mail.contoso.com'] },
    'excluded dns mail.contoso.com',
  ],
  [
    'a wildcard inside a permitted domain',
    { permitted: [dns('contoso.com')], excluded: [] },
    { dns: ['*.contoso.com'] },
    null,
  ],
  [
    'a wildcard wider than the permitted host',
    { permitted: [dns('mail.contoso.com')], excluded: [] },
    { dns: ['*.contoso.com'] },
    'not-permitted dns *.contoso.com',
  ],
  [
    'a wildcard that can stand for an excluded host',
    { permitted: [], excluded: [dns('secret.contoso.com')] },
    { dns: ['*.contoso.com'] },
    'excluded dns *.contoso.com',
  ],
  [
    'a wildcard beside an excluded deeper name',
    { permitted: [], excluded: [dns('a.b.contoso.com')] },
    { dns: ['*.contoso.com'] },
    null,
  ],
  [
    'an empty DNS constraint covers every name',
    { permitted: [], excluded: [dns('')] },
    { dns: ['mail.contoso.com'] },
    'excluded dns mail.contoso.com',
  ],
  [
    'DNS constraints leave IP names alone',
    { permitted: [dns('contoso.com')], excluded: [] },
    { ip: ['10.1.2.3'] },
    null,
  ],
  ['permitted IPv4 range', { permitted: [ip('10.0.0.0/8')], excluded: [] }, { ip: ['10.1.2.3'] }, null],
  [
    'outside the permitted IPv4 range',
    { permitted: [ip('10.0.0.0/8')], excluded: [] },
    { ip: ['192.168.1.1'] },
    'not-permitted ip 192.168.1.1',
  ],
  [
    'excluded IPv4 range',
    { permitted: [], excluded: [ip('192.168.0.0/16')] },
    { ip: ['192.168.1.1'] },
    'excluded ip 192.168.1.1',
  ],
  [
    'an IPv4 range does not cover IPv6',
    { permitted: [ip('0.0.0.0/0')], excluded: [] },
    { ip: ['2001:db8::1'] },
    'not-permitted ip 2001:db8::1',
  ],
  ['permitted IPv6 range', { permitted: [ip('2001:db8::/32')], excluded: [] }, { ip: ['2001:db8::1'] }, null],
  ['subject inside a permitted DN subtree', { permitted: [dn(C, O)], excluded: [] }, { subject: [C, O, CN] }, null],
  [
    'subject outside a permitted DN subtree',
    { permitted: [dn(C, '2.5.4.10=fabrikam')], excluded: [] },
    { subject: [C, O, CN] },
    'not-permitted dn 2.5.4.3=mail.contoso.com, 2.5.4.10=contoso ltd, 2.5.4.6=cz',
  ],
  [
    'subject in an excluded DN subtree',
    { permitted: [], excluded: [dn(C)] },
    { subject: [C, O, CN] },
    'excluded dn 2.5.4.3=mail.contoso.com, 2.5.4.10=contoso ltd, 2.5.4.6=cz',
  ],
  ['an empty subject is not checked', { permitted: [dn(C)], excluded: [] }, { subject: [] }, null],
  [
    'forms we do not compare constrain nothing here',
    { permitted: [{ kind: 'other' }], excluded: [] },
    { dns: ['mail.contoso.com'] },
    null,
  ],
];

describe('name constraints', () => {
  it.each(ROWS)('%s', (_, constraints, names, expected) => {
    const violation = nameConstraintViolation(
      constraints,
      { dns: names.dns ?? [], ip: (names.ip ?? []).map((text) => parseIp(text)!), subject: names.subject ?? [] },
      formatIp,
    );
    expect(violation && `${violation.rule} ${violation.form} ${violation.name}`).toBe(expected);
  });
});
