/**
 * Synthetic articles for the scale benchmark (bench/scale.bench.ts): clones of the real ones,
 * round robin, each under its own id and with some of its prose words swapped for made-up words
 * of the same length, so Pagefind indexes and ranks different text per article, as it would with
 * a thousand real articles. The clones pass every rule the build checks (src/content/validate.ts
 * and the schemas) without taking anything from the real articles:
 * - every error wording is listed with `shared: true`: the real article keeps owning it;
 * - every checker finding its causes explain is listed under `sharedFindings`: the checker
 *   ranks the clones after the real owner, as it would a thousand articles that mention one
 *   finding; no clone claims the source's `originalKb`;
 * - `related` names the source's related ids (real articles, so they exist) and the source;
 * - headings, cause and resolution ids, components and code stay as they are, so anchors and
 *   the `<Cause id>` / `<Resolution id>` checks hold.
 * Everything comes from a seed: the same call gives the same files, byte for byte.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { FACTS_FILE_NAME } from '../../src/content/paths.ts';

/** A file to write, with its path relative to the articles folder (`<id>/<name>`). */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** A real article as files: its id (the folder) and each file's text by file name. */
export interface SourceArticle {
  id: string;
  files: Record<string, string>;
}

/** Share of the prose words (five letters or more) a clone swaps for made-up ones. */
const SWAP_SHARE = 0.2;

/** Letters the made-up words are spelled with, per language of the file. */
const ALPHABETS: Record<string, { consonants: string[]; vowels: string[] }> = {
  en: { consonants: [...'bcdfghklmnprstvz'], vowels: [...'aeiou'] },
  cs: { consonants: [...'bcčdfhklmnprřsštvzž'], vowels: [...'aáeéěiíouůy'] },
};

/** Every article folder of a directory, its files read as text, sorted by id. */
export function readSourceArticles(directory: URL | string): SourceArticle[] {
  const root = typeof directory === 'string' ? directory : fileURLToPath(directory);
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((id) => ({
      id,
      files: Object.fromEntries(
        readdirSync(join(root, id))
          .sort()
          .map((name) => [name, readFileSync(join(root, id, name), 'utf8')]),
      ),
    }));
}

/** The id of the clone number `index` (from 1) of `sourceId`. */
export function syntheticId(index: number, sourceId: string): string {
  return `synthetic-${String(index).padStart(4, '0')}-${sourceId}`;
}

/** `count` clones of `sources` (round robin over them), both languages each, as files to write. */
export function syntheticArticles(sources: readonly SourceArticle[], count: number, seed = 1): GeneratedFile[] {
  if (sources.length === 0) throw new Error('synthetic articles need at least one real article to clone');
  const files: GeneratedFile[] = [];
  for (let index = 1; index <= count; index++) {
    const source = sources[(index - 1) % sources.length]!;
    const id = syntheticId(index, source.id);
    for (const [name, content] of Object.entries(source.files)) {
      const random = seededRandom(`${seed}/${id}/${name}`);
      const locale = name.replace(/\.mdx$/, '');
      files.push({
        path: `${id}/${name}`,
        content:
          name === FACTS_FILE_NAME
            ? cloneFacts(content, source.id)
            : name.endsWith('.mdx')
              ? cloneText(content, ALPHABETS[locale] ?? ALPHABETS.en!, random)
              : content,
      });
    }
  }
  return files;
}

/** Writes generated files under `directory` (an articles folder), creating their folders. */
export function writeSyntheticArticles(directory: string, files: readonly GeneratedFile[]): void {
  for (const file of files) {
    const path = join(directory, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

/** The facts of a clone: the source's, owning nothing the real articles own. */
function cloneFacts(source: string, sourceId: string): string {
  const facts = parseYaml(source) as Record<string, unknown> & {
    errorMessages: Record<string, unknown>[];
    causes: Record<string, unknown>[];
    related?: string[];
  };
  delete facts.originalKb;
  facts.errorMessages = facts.errorMessages.map((message) => ({ ...message, shared: true }));
  facts.causes = facts.causes.map(({ findings, sharedFindings, ...cause }) => {
    const explained = [
      ...((findings as string[] | undefined) ?? []),
      ...((sharedFindings as string[] | undefined) ?? []),
    ];
    return explained.length > 0 ? { ...cause, sharedFindings: explained } : cause;
  });
  facts.related = [sourceId, ...(facts.related ?? [])];
  return `# Synthetic clone of ${sourceId} (scripts/lib/synthetic-articles.ts), for the scale benchmark.\n${stringifyYaml(facts)}`;
}

type Alphabet = { consonants: string[]; vowels: string[] };

/** A language file with words swapped in its titles, description and prose. */
function cloneText(source: string, alphabet: Alphabet, random: () => number): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no YAML frontmatter between --- lines');
  const text = parseYaml(match[1]!) as Record<string, unknown> & {
    title: string;
    description: string;
    causes: { id: string; title: string }[];
    resolutions: { id: string; title: string }[];
  };
  const swap = (words: string): string => swapWords(words, alphabet, random);
  text.title = swap(text.title);
  text.description = swap(text.description);
  text.causes = text.causes.map((cause) => ({ ...cause, title: swap(cause.title) }));
  text.resolutions = text.resolutions.map((resolution) => ({ ...resolution, title: swap(resolution.title) }));
  return `---\n${stringifyYaml(text, { lineWidth: 0 })}---\n${swapProse(match[2]!, swap)}`;
}

/**
 * Swaps words in prose lines only: not in fenced code, headings (their slugs are anchors),
 * tables, imports, or components and their attributes (code, ids, error wordings), which may
 * run over several lines.
 */
function swapProse(body: string, swap: (words: string) => string): string {
  let fence: string | null = null;
  let inTag = false;
  return body
    .split('\n')
    .map((line) => {
      const trimmed = line.trim();
      const fenceMark = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
      if (fenceMark && (fence === null || fenceMark.startsWith(fence))) {
        fence = fence === null ? fenceMark : null;
        return line;
      }
      if (fence !== null) return line;
      if (inTag) {
        if (trimmed.endsWith('>') && !trimmed.endsWith('=>')) inTag = false;
        return line;
      }
      if (trimmed.startsWith('<')) {
        inTag = !trimmed.endsWith('>');
        return line;
      }
      if (/^(#|\||import |export )/.test(trimmed)) return line;
      return swap(line);
    })
    .join('\n');
}

/** Inline code, link targets, tags, expressions and URLs: kept as they are. */
const PROTECTED = /(`[^`]*`|\]\([^)]*\)|<[^>]*>|\{[^}]*\}|https?:\/\/\S+)/;

function swapWords(line: string, alphabet: Alphabet, random: () => number): string {
  return line
    .split(PROTECTED)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/\p{L}{5,}/gu, (word) => (random() < SWAP_SHARE ? madeUpWord(word, alphabet, random) : word)),
    )
    .join('');
}

/** A pronounceable made-up word as long as `word`, capitalized like it. */
function madeUpWord(word: string, alphabet: Alphabet, random: () => number): string {
  const pick = (letters: string[]): string => letters[Math.floor(random() * letters.length)]!;
  let made = '';
  while (made.length < word.length) made += pick(alphabet.consonants) + pick(alphabet.vowels);
  made = made.slice(0, word.length);
  return word[0] === word[0]!.toLowerCase() ? made : made[0]!.toUpperCase() + made.slice(1);
}

/** mulberry32, seeded from a string: the same text gives the same sequence on every machine. */
function seededRandom(text: string): () => number {
  let state = 2166136261;
  for (const character of text) state = Math.imul(state ^ character.codePointAt(0)!, 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
