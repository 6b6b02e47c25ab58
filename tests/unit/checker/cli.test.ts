import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliFindingLinks } from '../../../src/cli/links.ts';
import { diagnose } from '../../../src/checker/index.ts';
import { buildReport, sanitize } from '../../../src/explain/index.ts';
import { cs } from '../../../src/explain/words/cs.ts';
import { en } from '../../../src/explain/words/en.ts';
import { readArticleFiles } from '../../../src/content/files.ts';
import { FIXTURES_DIR, MANIFEST, readFixture } from '../../../scripts/lib/fixture-manifest.ts';
import { nodeRootKeys } from '../../../src/cli/node-roots.ts';
import { DOTNET_REPORTS_DIR } from '../../../scripts/fixtures/dotnet-reports.ts';
import { main } from '../../../src/cli/main.ts';

/** The command as package.json's "bin" installs it, for the runs that start Node. */
const BIN = fileURLToPath(new URL('../../../bin/trustcheck.ts', import.meta.url));
const fixture = (file: string) => fileURLToPath(new URL(file, FIXTURES_DIR));
const MAIL = 'https://mail.contoso.com/EWS/Exchange.asmx';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  env?: Record<string, string>;
  stdin?: string | Buffer;
}

/** The environment of every run: a shell's English locale, judged on the fixtures' reference date. */
function environment(options: RunOptions): Record<string, string> {
  return { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', TRUSTCHECK_NOW: MANIFEST.referenceDate, ...options.env };
}

/**
 * trustcheck in this process: `main` with the environment and input a shell would give it.
 * Most cases call it directly: starting Node for each took about 1.5 s, most of the file's
 * minute. The Io is what bin/trustcheck.ts builds from the process (piped standard input, so not
 * a terminal; TRUSTCHECK_NOW as the moment); the cases under "the trustcheck command" run the
 * real bin to prove that wiring, the exit codes and the two streams end to end.
 */
async function trustcheck(args: string[], options: RunOptions = {}): Promise<Run> {
  const env = environment(options);
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: args,
    env,
    readStdin: async () => new Uint8Array(Buffer.from(options.stdin ?? '')),
    stdinIsTerminal: false,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: new Date(env.TRUSTCHECK_NOW!),
  });
  return { code, stdout, stderr };
}

/** trustcheck as a child process, the way an admin runs it. */
function spawnTrustcheck(args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: environment(options) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

// Each spawned run starts Node; generous timeouts keep a busy CI machine from failing the suite.
describe('the trustcheck command', () => {
  it('prints help on standard output and exits 0', async () => {
    const run = await spawnTrustcheck(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: trustcheck --url URL');
    expect(run.stderr).toBe('');
  });

  it('prints a usage error on standard error and exits 2', async () => {
    const run = await spawnTrustcheck(['--bogus', '--url', MAIL]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option --bogus');
    expect(run.stdout).toBe('');
  });

  it('exits 0 when the router accepts at TRUSTCHECK_NOW, 1 when it does not', async () => {
    const google = ['--url', 'https://www.google.com/', fixture('real-google-chain.pem')];
    const accepted = await spawnTrustcheck(google, { env: { TRUSTCHECK_NOW: '2023-02-01T12:00:00Z' } });
    expect(accepted.code).toBe(0);
    const rejected = await spawnTrustcheck(['--url', MAIL, fixture('public-issuer.pem')]);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain('\nFindings\n');
  });

  it('reads piped standard input and speaks the language LANG names', async () => {
    const run = await spawnTrustcheck(['--url', 'https://owa.fabrikam.com/'], {
      stdin: readFileSync(fixture('chain-full.pem')),
      env: { LANG: 'cs_CZ.UTF-8' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Router tento certifikát odmítne');
  });
});

describe('trustcheck', () => {
  it('prints help and exits 0', async () => {
    const run = await trustcheck(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: trustcheck --url URL');
  });

  it.each([
    [[], 'Say which URL'],
    [['--url'], 'needs a value'],
    [['--bogus', '--url', MAIL], 'Unknown option --bogus'],
    [['--lang', 'de', '--url', MAIL], 'use cs or en'],
    [['--connect', '127.0.0.1:1', 'file.pem'], 'do not name files'],
    [['--connect', 'mail.contoso.com:99999'], 'is not HOST or HOST:PORT'],
  ])('refuses bad usage %j with exit 2', async (args, message) => {
    const run = await trustcheck(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('exits 2 for a missing file and for input without a certificate', async () => {
    expect((await trustcheck(['--url', MAIL, fixture('no-such-file.pem')])).code).toBe(2);
    const garbage = await trustcheck(['--url', MAIL, fixture('garbage.txt')]);
    expect(garbage.code).toBe(2);
    expect(garbage.stdout).toContain('No certificate was found');
    expect((await trustcheck(['--url', 'not a url', fixture('chain-full.pem')])).code).toBe(2);
  });

  it('exits 0 when the router accepts, 1 when it does not or it depends', async () => {
    const google = ['--url', 'https://www.google.com/', fixture('real-google-chain.pem')];
    expect((await trustcheck(google, { env: { TRUSTCHECK_NOW: '2023-02-01T12:00:00Z' } })).code).toBe(0);
    expect((await trustcheck(['--url', MAIL, fixture('public-issuer.pem')])).code).toBe(1);
    expect((await trustcheck(['--url', MAIL, fixture('chain-full.pem')])).code).toBe(1);
    expect((await trustcheck(['--url', 'https://owa.fabrikam.com/', fixture('chain-full.pem')])).code).toBe(1);
  });

  it('says where Windows would download a missing issuer, and how to test that, in both languages', async () => {
    const en = await trustcheck(['--lang', 'en', '--url', MAIL, fixture('aia-leaf.pem')]);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('http://pki.contoso.com/aia/Contoso%20Issuing%20CA%201.crt');
    expect(en.stdout).toContain('certutil -urlfetch -verify');
    const cs = await trustcheck(['--lang', 'cs', '--url', MAIL, fixture('aia-leaf.pem')]);
    expect(cs.stdout).toContain('Windows si ho odtud stáhnou');
    const pathLength = await trustcheck(['--lang', 'en', '--url', MAIL, fixture('path-length-exceeded.pem')]);
    expect(pathLength.code).toBe(1);
    expect(pathLength.stdout).toContain('Path length constraint exceeded');
  });

  it('prints the same diagnosis as the core with --json', async () => {
    const run = await trustcheck(['--json', '--url', MAIL, fixture('chain-full.pem')]);
    const diagnosis = JSON.parse(run.stdout);
    expect(diagnosis.host).toBe('mail.contoso.com');
    expect(diagnosis.certificates).toHaveLength(3);
    expect(diagnosis.verdict).toEqual({ routerAccepts: 'depends', sslPolicyErrors: ['RemoteCertificateChainErrors'] });
  });

  it('reads standard input, and several files as one paste', async () => {
    const stdin = await trustcheck(['--json', '--url', MAIL], {
      stdin: readFileSync(fixture('chain-root-missing.pem')),
    });
    expect(JSON.parse(stdin.stdout).certificates).toHaveLength(2);
    const files = await trustcheck(['--json', '--url', MAIL, fixture('leaf.der'), fixture('chain-full.pem')]);
    expect(JSON.parse(files.stdout).findings.map((finding: { id: string }) => finding.id)).toContain('chain.duplicate');
  });

  it('speaks Czech when LANG says so, or --lang does', async () => {
    const run = await trustcheck(['--url', 'https://owa.fabrikam.com/', fixture('chain-full.pem')], {
      env: { LANG: 'cs_CZ.UTF-8' },
    });
    expect(run.stdout).toContain('Router tento certifikát odmítne');
    expect(run.stdout).toContain('na certifikátu není');
    const forced = await trustcheck(['--lang', 'en', '--url', MAIL, fixture('chain-full.pem')], {
      env: { LC_ALL: 'sk_SK.UTF-8' },
    });
    expect(forced.stdout).toContain('\nFindings\n');
  });

  it('links each finding to the article section that explains it, else to the checker page', async () => {
    const env = { TRUSTKB_SITE: 'https://trustkb.example/' };
    const run = await trustcheck(['--url', 'https://owa.fabrikam.com/', fixture('chain-full.pem')], { env });
    const article = readArticleFiles().find(
      (file) => file.data.locale === 'en' && file.data.causes.some((cause) => cause.findings.includes('name.mismatch')),
    );
    const cause = article?.data.causes.find((entry) => entry.findings.includes('name.mismatch'));
    const expected =
      article && cause
        ? `https://trustkb.example/en/${article.data.id}/#cause-${cause.id}`
        : 'https://trustkb.example/en/checker/';
    expect(run.stdout).toContain(expected);
    const unrelated = await trustcheck(['--lang', 'cs', '--url', MAIL, fixture('unrelated.pem')], { env });
    expect(unrelated.stdout).toMatch(/https:\/\/trustkb\.example\/cs\/missing-intermediate\/#/);
  });

  it("prints the checker page's own report, in each language, with the same links", async () => {
    const env = { TRUSTKB_SITE: 'https://trustkb.example' };
    const now = new Date(MANIFEST.referenceDate);
    for (const [lang, words] of [
      ['en', en],
      ['cs', cs],
    ] as const) {
      const run = await trustcheck(['--lang', lang, '--url', MAIL, fixture('wrong-order.pem')], { env });
      const diagnosis = await diagnose(readFixture('wrong-order.pem', 'text'), MAIL, {
        now,
        publicRootKey: nodeRootKeys,
      });
      const { links } = cliFindingLinks(lang, '/');
      const page = buildReport({ diagnosis, url: MAIL, now }, { words, links, origin: env.TRUSTKB_SITE }, 'text');
      expect(run.stdout).toBe(page);
    }
  });

  it('falls back to the checker page when the articles cannot be read', () => {
    const missing = new URL('file:///nonexistent-trustkb-articles/');
    const { links, problem } = cliFindingLinks('en', '/', missing);
    expect(problem).not.toBeNull();
    expect(links.get('name.mismatch')).toEqual([{ href: '/en/checker/', title: 'Certificate checker' }]);
    const underBase = cliFindingLinks('cs', '/kb/', missing).links.get('name.mismatch');
    expect(underBase).toEqual([{ href: '/kb/cs/checker/', title: 'Kontrola certifikátu' }]);
  });

  it('prints what .NET reported on the router computer, taking the URL from the report', async () => {
    const dotnetReport = (file: string) => fileURLToPath(new URL(file, DOTNET_REPORTS_DIR));
    const env = { TRUSTKB_SITE: 'https://trustkb.example' };
    const czech = await trustcheck(['--lang', 'cs', dotnetReport('czech-windows.txt')], { env });
    expect(czech.code).toBe(1);
    expect(czech.stdout).toContain('Adresa URL: https://mail.contoso.com/EWS/Exchange.asmx');
    expect(czech.stdout).toContain('\nCo hlásí .NET na počítači s routerem\n');
    expect(czech.stdout).toContain('Stav řetězce: UntrustedRoot (řetězec končí kořenovou autoritou');
    expect(czech.stdout).toContain('- Kontrola odpověděla „jen pokud počítač s routerem důvěřuje');
    expect(czech.stdout).toContain(
      '- UntrustedRoot: Počítač s E-mail Routerem nemá kořenový certifikát vaší CA https://trustkb.example/cs/enterprise-root-untrusted/#cause-root-missing',
    );
    // UTF-16 LE from PowerShell redirection, on standard input.
    const accepted = await trustcheck(['--lang', 'en'], { stdin: readFileSync(dotnetReport('utf16.txt')), env });
    expect(accepted.code).toBe(1);
    expect(accepted.stdout).toContain('.NET on the router computer reported');
    expect(accepted.stdout).toContain('SslPolicyErrors: None (no problem: .NET accepted the certificate)');
    const notReached = await trustcheck(['--lang', 'en', dotnetReport('send-failure.txt')], { env });
    expect(notReached.code).toBe(2);
    expect(notReached.stdout).toContain('Result: SendFailure (the connection broke while sending');
    expect(notReached.stdout).toContain('https://trustkb.example/en/tls12-secure-channel/#cause-dotnet-old-protocols');
    expect(notReached.stdout).not.toContain('No certificate was found');
  });

  it('still needs a URL for certificates without a report', async () => {
    const run = await trustcheck([fixture('chain-full.pem')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Say which URL');
  });

  it('shows hostile certificate text as text', async () => {
    expect(sanitize('CN=\u001b[2Jevil\u202egnp.exe')).toBe('CN=\\u001b[2Jevil\\u202egnp.exe');
    const run = await trustcheck(['--url', MAIL, fixture('xss-subject.pem')]);
    expect(run.stdout).toContain(MANIFEST.xss);
  });
});

describe('trustcheck links and the public address', () => {
  const mismatch = ['--url', 'https://owa.fabrikam.com/', fixture('chain-full.pem')];
  const nameMismatchPath = (lang: 'cs' | 'en') => {
    const article = readArticleFiles().find(
      (file) => file.data.locale === lang && file.data.causes.some((cause) => cause.findings.includes('name.mismatch')),
    )!;
    const cause = article.data.causes.find((entry) => entry.findings.includes('name.mismatch'))!;
    return `${lang}/${article.data.id}/#cause-${cause.id}`;
  };
  const HINT = {
    en: 'The links are paths on your trustkb site: open them there, or set TRUSTKB_SITE (or pass --site) to get full addresses.',
    cs: 'Odkazy jsou cesty na vašem webu trustkb: otevřete je tam, nebo nastavte TRUSTKB_SITE (či zadejte --site) a dostanete úplné adresy.',
  };
  const count = (text: string, part: string) => text.split(part).length - 1;

  it('without a public address prints site-relative paths and says once where they open, in each language', async () => {
    for (const lang of ['en', 'cs'] as const) {
      const run = await trustcheck(['--lang', lang, ...mismatch]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(` /${nameMismatchPath(lang)}\n`);
      expect(count(run.stdout, HINT[lang])).toBe(1);
      expect(run.stdout + run.stderr).not.toMatch(/127\.0\.0\.1|localhost|https?:\/\/[^\s]*\/(cs|en)\//);
    }
  });

  it('puts TRUSTKB_BASE in front of the paths when only the sub-path is known', async () => {
    const run = await trustcheck(mismatch, { env: { TRUSTKB_BASE: '/kb' } });
    expect(run.stdout).toContain(` /kb/${nameMismatchPath('en')}\n`);
    expect(count(run.stdout, HINT.en)).toBe(1);
  });

  it('links absolutely to a TRUSTKB_SITE with a sub-path, without the hint', async () => {
    const run = await trustcheck(mismatch, { env: { TRUSTKB_SITE: 'https://intranet.example/kb' } });
    expect(run.stdout).toContain(` https://intranet.example/kb/${nameMismatchPath('en')}\n`);
    expect(run.stdout).not.toContain(HINT.en);
    expect(run.stdout).not.toMatch(/ \/(kb\/)?en\//);
  });

  it('takes --site over TRUSTKB_SITE and TRUSTKB_BASE', async () => {
    const env = { TRUSTKB_SITE: 'https://intranet.example/kb/', TRUSTKB_BASE: '/kb/' };
    for (const args of [['--site', 'https://docs.example.org/trust/'], ['--site=https://docs.example.org/trust']]) {
      const run = await trustcheck([...args, ...mismatch], { env });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(` https://docs.example.org/trust/${nameMismatchPath('en')}\n`);
      expect(run.stdout).not.toContain('intranet.example');
    }
  });

  it('refuses a --site that is not a site address, in the report language, with exit 2', async () => {
    for (const value of ['kb.example.org', 'ftp://kb.example.org/', 'https://kb.example.org/?q=1']) {
      const en = await trustcheck(['--site', value, ...mismatch]);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(`"${value}" is not a site address for --site`);
      expect(en.stderr).toContain('Usage: trustcheck');
      expect(en.stdout).toBe('');
      const cs = await trustcheck(['--lang', 'cs', '--site', value, ...mismatch]);
      expect(cs.code).toBe(2);
      expect(cs.stderr).toContain(`„${value}“ není adresa webu pro --site`);
      expect(cs.stderr).toContain('Použití: trustcheck');
    }
    expect((await trustcheck(['--site'])).stderr).toContain('Option --site needs a value.');
  });

  it('refuses a TRUSTKB_SITE or TRUSTKB_BASE it cannot use, unless --site replaces them', async () => {
    const site = await trustcheck(mismatch, { env: { TRUSTKB_SITE: 'kb.example.org' } });
    expect(site.code).toBe(2);
    expect(site.stderr).toContain('TRUSTKB_SITE="kb.example.org" is not a site address');
    const base = await trustcheck(['--lang', 'cs', ...mismatch], {
      env: { TRUSTKB_SITE: 'https://intranet.example/kb/', TRUSTKB_BASE: '/docs/' },
    });
    expect(base.code).toBe(2);
    expect(base.stderr).toContain('TRUSTKB_BASE="/docs/" není cesta jako /kb/');
    const replaced = await trustcheck(['--site', 'https://kb.example.org/', ...mismatch], {
      env: { TRUSTKB_SITE: 'kb.example.org' },
    });
    expect(replaced.code).toBe(1);
    expect(replaced.stdout).toContain(` https://kb.example.org/${nameMismatchPath('en')}\n`);
  });

  it('prints the diagnosis alone with --json: no link, no made-up origin', async () => {
    for (const env of [{}, { TRUSTKB_SITE: 'https://intranet.example/kb/' }] as Record<string, string>[]) {
      const run = await trustcheck(['--json', ...mismatch], { env });
      expect(run.code).toBe(1);
      const diagnosis = JSON.parse(run.stdout);
      expect(diagnosis.findings.map((finding: { id: string }) => finding.id)).toContain('name.mismatch');
      expect(run.stdout).not.toMatch(/127\.0\.0\.1|localhost|#cause-|intranet\.example/);
      expect(run.stdout).not.toContain(HINT.en);
    }
  });

  it('lists --site in the help of both languages', async () => {
    expect((await trustcheck(['--help'])).stdout).toMatch(/--site URL +the trustkb site the links lead to/);
    const cs = await trustcheck(['--help'], { env: { LANG: 'cs_CZ.UTF-8' } });
    expect(cs.stdout).toMatch(/--site URL +web trustkb, kam vedou odkazy/);
  });
});

describe('trustcheck --connect', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer(
      { key: readFileSync(fixture('private-key.pem')), cert: readFileSync(fixture('chain-root-missing.pem')) },
      (socket) => socket.end(),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('diagnoses the chain a local TLS server presents, from our diagnosis only', async () => {
    const run = await trustcheck(['--json', '--connect', `127.0.0.1:${port}`, '--url', MAIL]);
    expect(run.code).toBe(1);
    const diagnosis = JSON.parse(run.stdout);
    expect(diagnosis.certificates.map((certificate: { subject: string }) => certificate.subject)).toEqual([
      'CN=mail.contoso.com, O=Contoso Ltd, C=CZ',
      'CN=Contoso Issuing CA 1, O=Contoso Ltd, C=CZ',
    ]);
    expect(diagnosis.findings.map((finding: { id: string }) => finding.id).sort()).toEqual([
      'chain.incomplete',
      'name.match',
    ]);
  });

  it('checks against the connected host when no URL is given', async () => {
    const run = await trustcheck(['--connect', `127.0.0.1:${port}`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Chain presented by 127.0.0.1:');
    expect(run.stdout).toContain('The router connects to 127.0.0.1, but the certificate names');
  });

  it('exits 2 when nothing answers', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer({});
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
      });
    });
    const run = await trustcheck(['--connect', `127.0.0.1:${closed}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot get the certificate chain');
  });
});
