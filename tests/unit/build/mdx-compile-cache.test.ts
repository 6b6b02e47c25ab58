import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { MDX_COMPILER_PLUGIN, mdxCompileCache } from '../../../src/site/mdx-compile-cache.ts';

/**
 * The cache around @astrojs/mdx's compile step, driven the way Astro and Vite drive it: the
 * integration adds its plugin at config setup (builds only), the plugin wraps the compiler's
 * transform when Vite resolves the config, and the build's end prunes the folder. The compiler
 * here is a stand-in that counts its calls; tests/unit/build/second-build.test.ts runs the real
 * one and compares a second build's site with a build from scratch.
 */
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

interface Run {
  compile(code: string, id: string): Promise<unknown>;
  calls: string[];
  done(): string[];
}

/** One build: a fresh compiler plugin (object-style hook, as @astrojs/mdx has it) and the cache. */
function build(folder: string, fingerprint = 'code-v1', hookStyle: 'object' | 'function' = 'object'): Run {
  const calls: string[] = [];
  const compile = async (code: string, id: string) => {
    calls.push(id);
    return { code: `compiled(${code})`, map: null, meta: { astro: { propagation: 'none' }, vite: { lang: 'ts' } } };
  };
  const compiler = {
    name: MDX_COMPILER_PLUGIN,
    transform: hookStyle === 'object' ? { filter: { id: /\.mdx$/ }, handler: compile } : compile,
  } as unknown as Plugin;
  const integration = mdxCompileCache({ folder, fingerprint });
  const plugins: Plugin[] = [];
  const setup = integration.hooks['astro:config:setup'] as unknown as (options: object) => void;
  setup({
    command: 'build',
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins),
  });
  const ours = plugins[0]!;
  const resolved = { plugins: [compiler, ours] };
  // Vite resolves one config per build it runs (client, prerender): the hook is wrapped once.
  (ours.configResolved as (config: object) => void)(resolved);
  (ours.configResolved as (config: object) => void)(resolved);
  const hook = compiler.transform as unknown;
  const handler = (typeof hook === 'function' ? hook : (hook as { handler: typeof compile }).handler) as typeof compile;
  const logged: string[] = [];
  return {
    compile: (code, id) => handler.call({}, code, id),
    calls,
    done() {
      const finish = integration.hooks['astro:build:done'] as unknown as (options: object) => void;
      finish({ logger: { info: (line: string) => logged.push(line) } });
      return logged;
    },
  };
}

function cacheFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'trustkb-mdx-cache-'));
  folders.push(folder);
  return folder;
}

describe('compiled MDX kept between builds', () => {
  it('compiles a file once, and hands the next build exactly what the compiler returned', async () => {
    const folder = cacheFolder();
    const first = build(folder);
    const compiled = await first.compile('# A', '/a/en.mdx');
    await first.compile('# B', '/b/en.mdx');
    expect(first.done()).toEqual(['MDX: 2 compiled, 0 unchanged since the last build']);

    const second = build(folder);
    expect(await second.compile('# A', '/a/en.mdx')).toEqual(compiled);
    expect(await second.compile('# B', '/b/en.mdx')).toEqual({ ...(compiled as object), code: 'compiled(# B)' });
    expect(second.calls).toEqual([]);
    expect(second.done()).toEqual(['MDX: 0 compiled, 2 unchanged since the last build']);
  });

  it('compiles again what changed: the text, the path, or the code and settings around it', async () => {
    const folder = cacheFolder();
    const first = build(folder);
    await first.compile('# A', '/a/en.mdx');
    first.done();

    const edited = build(folder);
    await edited.compile('# A, edited', '/a/en.mdx');
    await edited.compile('# A', '/a/cs.mdx');
    expect(edited.calls).toEqual(['/a/en.mdx', '/a/cs.mdx']);

    const newCode = build(folder, 'code-v2');
    await newCode.compile('# A', '/a/en.mdx');
    expect(newCode.calls).toEqual(['/a/en.mdx']);
  });

  it('keeps only what the last build used', async () => {
    const folder = cacheFolder();
    const first = build(folder);
    await first.compile('# A', '/a/en.mdx');
    await first.compile('# B', '/b/en.mdx');
    first.done();
    expect(readdirSync(folder)).toHaveLength(2);

    const second = build(folder);
    await second.compile('# A', '/a/en.mdx');
    second.done();
    expect(readdirSync(folder)).toHaveLength(1);

    // A build with no MDX in it leaves the folder alone.
    build(folder).done();
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('compiles again over a stored module it cannot read', async () => {
    const folder = cacheFolder();
    const first = build(folder);
    await first.compile('# A', '/a/en.mdx');
    first.done();
    for (const name of readdirSync(folder)) writeFileSync(join(folder, name), '{"code": "cut sh');

    const second = build(folder);
    expect(await second.compile('# A', '/a/en.mdx')).toMatchObject({ code: 'compiled(# A)' });
    expect(second.calls).toEqual(['/a/en.mdx']);
  });

  it('wraps a plain function hook too, and leaves `astro dev` alone', async () => {
    const folder = cacheFolder();
    const first = build(folder, 'code-v1', 'function');
    await first.compile('# A', '/a/en.mdx');
    const second = build(folder, 'code-v1', 'function');
    await second.compile('# A', '/a/en.mdx');
    expect(second.calls).toEqual([]);

    const added: unknown[] = [];
    const setup = mdxCompileCache({ folder, fingerprint: 'x' }).hooks['astro:config:setup'] as unknown as (
      options: object,
    ) => void;
    setup({ command: 'dev', updateConfig: (config: unknown) => added.push(config) });
    expect(added).toEqual([]);
  });

  it('stops the build when the compiler plugin changed shape, instead of silently not caching', () => {
    const integration = mdxCompileCache({ folder: cacheFolder(), fingerprint: 'x' });
    const plugins: Plugin[] = [];
    const setup = integration.hooks['astro:config:setup'] as unknown as (options: object) => void;
    setup({
      command: 'build',
      updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins),
    });
    const resolve = plugins[0]!.configResolved as (config: object) => void;
    expect(() => resolve({ plugins: [{ name: MDX_COMPILER_PLUGIN, transform: 'no' }] })).toThrow(/no transform hook/);
    // Without MDX in the build there is nothing to cache.
    expect(() => resolve({ plugins: [] })).not.toThrow();
  });
});
