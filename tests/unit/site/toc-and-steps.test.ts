import { describe, expect, it } from 'vitest';
import { extractResolutionProcedures, plainText } from '../../../src/content/steps.ts';
import { buildTableOfContents } from '../../../src/site/toc.ts';
import { articleData } from '../content/fixtures.ts';

const labels = {
  triage: 'Find your cause first',
  symptom: 'Symptom',
  causes: 'Causes',
  resolutions: 'Resolutions',
  references: 'References',
  related: 'Related',
};

describe('buildTableOfContents', () => {
  it('puts the triage first when the article opens with one, and leaves it out otherwise', () => {
    const anchors = (hasTriage: boolean) =>
      buildTableOfContents(articleData(), [], labels, { hasRelated: false, hasTriage }).map((entry) => entry.anchor);
    expect(anchors(true)).toEqual(['triage', 'symptom', 'causes', 'resolutions']);
    expect(anchors(false)).toEqual(['symptom', 'causes', 'resolutions']);
  });

  it('leaves subsections of the fixed sections (before the first markdown section) to their section', () => {
    const toc = buildTableOfContents(
      articleData(),
      [
        { depth: 3, slug: 'quick-checks', text: 'Quick checks' },
        { depth: 2, slug: 'more-information', text: 'More information' },
        { depth: 3, slug: 'kinds', text: 'Kinds' },
      ],
      labels,
      { hasRelated: false, hasTriage: true },
    );
    expect(toc.map((entry) => entry.anchor)).toEqual([
      'triage',
      'symptom',
      'causes',
      'resolutions',
      'more-information',
    ]);
    expect(toc.flatMap((entry) => entry.children.map((child) => child.anchor))).not.toContain('quick-checks');
    expect(toc.at(-1)!.children.map((child) => child.anchor)).toEqual(['kinds']);
  });

  it('lists the troubleshooting structure, then markdown sections with their subsections', () => {
    const toc = buildTableOfContents(
      articleData({ references: [{ title: 'RFC 9525', url: 'https://www.rfc-editor.org/rfc/rfc9525' }] }),
      [
        { depth: 4, slug: 'inside-a-resolution', text: 'Inside a resolution' },
        { depth: 2, slug: 'more-information', text: 'More information' },
        { depth: 3, slug: 'kinds', text: 'Kinds' },
      ],
      labels,
      { hasRelated: false },
    );
    expect(toc.map((entry) => entry.anchor)).toEqual([
      'symptom',
      'causes',
      'resolutions',
      'more-information',
      'references',
    ]);
    expect(toc[1]!.children.map((child) => child.anchor)).toEqual(['cause-first-cause']);
    expect(toc[2]!.children.map((child) => child.anchor)).toEqual(['resolution-first-fix']);
    expect(toc[3]!.children.map((child) => child.text)).toEqual(['Kinds']);
  });

  it('adds related articles only when there are some', () => {
    const toc = buildTableOfContents(articleData(), [], labels, { hasRelated: true });
    expect(toc.at(-1)?.anchor).toBe('related');
  });
});

describe('extractResolutionProcedures', () => {
  const body = `
<Resolution id="first-fix">
Intro text.

#### With the console

<Steps>
1. Open **Server Certificates** in [IIS Manager](https://example.org).
2. Run <Command shell="cmd" code="certutil -addstore Root ca.cer" />
</Steps>

#### From the command line

<Steps>
1. Run \`certutil\`.
</Steps>

Not a step:
1. outside Steps
</Resolution>

<Resolution id="second-fix">
No steps here.
</Resolution>`;

  it('returns each numbered procedure of each resolution, named by its heading, as plain text', () => {
    const procedures = extractResolutionProcedures(body);
    expect(procedures.get('first-fix')).toEqual([
      {
        heading: 'With the console',
        steps: ['Open Server Certificates in IIS Manager.', 'Run certutil -addstore Root ca.cer'],
      },
      { heading: 'From the command line', steps: ['Run certutil.'] },
    ]);
    expect(procedures.get('second-fix')).toEqual([]);
  });

  it('strips markdown and JSX from text', () => {
    expect(plainText('Use `inetmgr` and *then* <b>Bindings</b>')).toBe('Use inetmgr and then Bindings');
  });

  it("keeps a command's code whichever way the MDX writes it", () => {
    expect(plainText('Run <Command shell="cmd" code="iisreset" />')).toBe('Run iisreset');
    expect(plainText(`Run <Command shell="cmd" code={'a "b"'} />`)).toBe('Run a "b"');
    expect(plainText('Run <Command shell="cmd" code={String.raw`runas /user:C\\x "p"`} />')).toBe(
      'Run runas /user:C\\x "p"',
    );
  });
});
