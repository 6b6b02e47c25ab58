import { describe, expect, it } from 'vitest';
import { hostFromUrl } from '../../../src/checker/index.ts';
import { formatIp, parseIp, parseIPv4, parseIPv6 } from '../../../src/checker/ip.ts';

describe('hostFromUrl', () => {
  it.each([
    ['https://mail.contoso.com/EWS/Exchange.asmx', 'mail.contoso.com', []],
    ['mail.contoso.com', 'mail.contoso.com', []],
    ['mail.contoso.com:8443', 'mail.contoso.com', []],
    ['  HTTPS://MAIL.CONTOSO.COM./owa  ', 'mail.contoso.com', []],
    ['https://user:secret@mail.contoso.com/', 'mail.contoso.com', []],
    ['http://mail.contoso.com/', 'mail.contoso.com', ['url.not-https']],
    ['ldaps://dc01.contoso.com', 'dc01.contoso.com', ['url.not-https']],
    ['https://192.0.2.10:443/', '192.0.2.10', []],
    ['https://[2001:DB8::0:10]:443/x', '2001:db8::10', []],
    ['[2001:db8::10]', '2001:db8::10', []],
    ['2001:db8::10', '2001:db8::10', []],
    ['https://poštovní.contoso.cz/', 'xn--potovn-8va73g.contoso.cz', []],
    ['https://0x7f.1/', '127.0.0.1', []],
    ['', null, ['url.invalid']],
    ['   ', null, ['url.invalid']],
    ['not a url', null, ['url.invalid']],
    ['https://', null, ['url.invalid']],
    ['https://*.contoso.com/', null, ['url.invalid']],
    ['https://mail..contoso.com/', null, ['url.invalid']],
    ['file:///C:/cert.cer', null, ['url.not-https', 'url.invalid']],
    ['x'.repeat(5000), null, ['url.invalid']],
  ] as const)('%j', (input, host, findings) => {
    const result = hostFromUrl(input);
    expect(result.host).toBe(host);
    expect(result.findings.map((finding) => finding.id)).toEqual(findings);
  });
});

describe('IP addresses', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['0.0.0.0', '0.0.0.0'],
    ['255.255.255.255', '255.255.255.255'],
    ['2001:db8::1', '2001:db8::1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['::', '::'],
    ['::1', '::1'],
    ['1::', '1::'],
    ['2001:db8:0:1:0:0:0:1', '2001:db8:0:1::1'],
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['[::1]', '::1'],
  ])('%s → %s', (text, canonical) => {
    const bytes = parseIp(text);
    expect(bytes).not.toBeNull();
    expect(formatIp(bytes!)).toBe(canonical);
  });

  it.each(['256.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4.5', '1..2.3', ' 1.2.3.4', '0x1.2.3.4', ''])(
    'rejects IPv4 %j',
    (text) => {
      expect(parseIPv4(text)).toBeNull();
    },
  );

  it.each([
    ':::',
    '1:::2',
    '1::2::3',
    '12345::',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    'g::1',
    '1.2.3.4::',
    '::1.2.3',
    'fe80::1%eth0',
    '::1.2.3.4.5',
  ])('rejects IPv6 %j', (text) => {
    expect(parseIPv6(text)).toBeNull();
  });
});
