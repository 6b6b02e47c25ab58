/**
 * Synthetic articles for the scale benchmark (bench/scale.bench.ts): clones of the real ones,
 * round robin, each under its own id and with distinct words, so Pagefind indexes and ranks
 * different text per article, as it would with a thousand real articles:
 * - the source's subject words (subjectKeys: the words it uses far more often than the other real
 *   articles do, "internal" and "name" in the article on internal server names) get a made-up word
 *   of their own in each clone, the same one wherever the word stands: in prose, titles, tables,
 *   references, inline and fenced code. A clone is then an article about something else, in the
 *   same field and of the same size, as a thousand real articles would be. Without it a clone is
 *   a copy of its source, as much about its subject (SchUseStrongCrypto in as many places,
 *   "interní název" as often), and which of a dozen near-copies a search for that subject puts
 *   first depends on which words the random swaps below happened to hit: a coin toss that no rule
 *   of search can or should decide, and the findability table would measure it instead of ranking;
 * - a share of the other prose words (SWAP_SHARE) is swapped for made-up words of the same
 *   length, so no two clones have the same text;
 * - what all the real articles say stays: the field's common words, and every error wording,
 *   word for word, in components and in titles, so the clones compete with the real articles for
 *   every pasted error, and the owner of a wording must still come first.
 * The clones pass every rule the build checks (src/content/validate.ts and the schemas) without
 * taking anything from the real articles:
 * - every error wording is listed with `shared: true`: the real article keeps owning it;
 * - every checker finding its causes explain is listed under `sharedFindings`: the checker
 *   ranks the clones after the real owner, as it would a thousand articles that mention one
 *   finding; no clone claims the source's `originalKb`;
 * - `related` names the source's related ids (real articles, so they exist) and the source;
 * - headings, cause and resolution ids and components with their attributes (a `<Command>`'s code
 *   among them) stay as they are, so anchors and the `<Cause id>` / `<Resolution id>` checks hold.
 * Everything comes from a seed: the same call gives the same files, byte for byte.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { FACTS_FILE_NAME } from '../../src/content/paths.ts';
import { stemForSearch } from '../../src/search/reduce-query.ts';

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

/**
 * A word is a subject word of its article when it stands there at least this many times and this
 * many times more often (per word of text) than in the other real articles of the language.
 */
const SUBJECT_MIN_COUNT = 2;
const SUBJECT_RATIO = 3;

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
  const subjects = new Map<string, Set<string>>(); // `<source id>/<file name>` → its subject keys
  for (const name of new Set(sources.flatMap((source) => Object.keys(source.files))))
    if (name.endsWith('.mdx')) for (const [id, keys] of subjectKeys(sources, name)) subjects.set(`${id}/${name}`, keys);
  const files: GeneratedFile[] = [];
  for (let index = 1; index <= count; index++) {
    const source = sources[(index - 1) % sources.length]!;
    const id = syntheticId(index, source.id);
    for (const [name, content] of Object.entries(source.files)) {
      const locale = name.replace(/\.mdx$/, '');
      const words: CloneWords = {
        alphabet: ALPHABETS[locale] ?? ALPHABETS.en!,
        random: seededRandom(`${seed}/${id}/${name}`),
        naming: seededRandom(`${seed}/${id}/${name}/subject`),
        subject: subjects.get(`${source.id}/${name}`) ?? new Set(),
        keyOf: (word) => subjectKey(word, locale),
        renamed: new Map(),
      };
      files.push({
        path: `${id}/${name}`,
        content:
          name === FACTS_FILE_NAME
            ? cloneFacts(content, source.id)
            : name.endsWith('.mdx')
              ? cloneText(content, words)
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

/** What one clone's language file swaps its words with. */
interface CloneWords {
  alphabet: Alphabet;
  /** Decides which other prose words are swapped, and spells their made-up words. */
  random: () => number;
  /** Spells the made-up subject words. */
  naming: () => number;
  /** The subject keys of the source's file (subjectKeys). */
  subject: ReadonlySet<string>;
  keyOf: (word: string) => string;
  /** Each subject word of the source (lower case) → its made-up word in this clone. */
  renamed: Map<string, string>;
}

/** Letter runs of this length or more are words that count (shorter: TLS, CA, DNS, and, for). */
const WORD = /\p{L}{4,}/gu;

/**
 * The key a word is counted under: the form search sends to the index (src/search/reduce-query.ts),
 * so the Czech forms of one word share theirs ("interní", "interního" → "intern").
 */
function subjectKey(word: string, locale: string): string {
  return stemForSearch(word, locale === 'cs' ? 'cs' : 'en');
}

/**
 * The subject words of each real article's language file `name`, as keys (subjectKey): those it
 * uses at least SUBJECT_MIN_COUNT times and SUBJECT_RATIO times as often, per word, as the other
 * real articles use them together, except the words of its error wordings, which the clones carry
 * word for word (they share the wordings). "certificate" or "server" are in every article and stay.
 */
export function subjectKeys(sources: readonly SourceArticle[], name: string): Map<string, Set<string>> {
  const locale = name.replace(/\.mdx$/, '');
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const source of sources) {
    const text = source.files[name];
    if (text === undefined) continue;
    const count = new Map<string, number>();
    let total = 0;
    for (const word of text.match(WORD) ?? []) {
      const key = subjectKey(word, locale);
      count.set(key, (count.get(key) ?? 0) + 1);
      total++;
    }
    counts.set(source.id, count);
    totals.set(source.id, total);
  }
  const allWords = [...totals.values()].reduce((sum, total) => sum + total, 0);
  const subjects = new Map<string, Set<string>>();
  for (const source of sources) {
    const count = counts.get(source.id);
    if (!count) continue;
    const own = totals.get(source.id)!;
    const wording = new Set(
      wordingsOf(source)
        .flatMap((text) => text.match(WORD) ?? [])
        .map((word) => subjectKey(word, locale)),
    );
    const keys = new Set<string>();
    for (const [key, times] of count) {
      if (times < SUBJECT_MIN_COUNT || wording.has(key)) continue;
      const elsewhere = sources.reduce(
        (sum, other) => sum + (other.id === source.id ? 0 : (counts.get(other.id)?.get(key) ?? 0)),
        0,
      );
      const otherWords = Math.max(1, allWords - own);
      if (times / own >= (SUBJECT_RATIO * elsewhere) / otherWords) keys.add(key);
    }
    subjects.set(source.id, keys);
  }
  return subjects;
}

/** The texts of an article's error wordings, in every language (a Czech page shows English ones too). */
function wordingsOf(source: SourceArticle): string[] {
  const facts = source.files[FACTS_FILE_NAME];
  if (facts === undefined) return [];
  const { errorMessages } = parseYaml(facts) as { errorMessages?: { text: string }[] };
  return (errorMessages ?? []).map((message) => message.text);
}

/** A language file with its subject words renamed and other words swapped (see the top of this file). */
function cloneText(source: string, words: CloneWords): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no YAML frontmatter between --- lines');
  const text = parseYaml(match[1]!) as Record<string, unknown> & {
    title: string;
    description: string;
    causes: { id: string; title: string }[];
    resolutions: { id: string; title: string }[];
    references?: { title: string }[];
  };
  const swap = (line: string): string => swapWords(line, words, true);
  const rename = (line: string): string => swapWords(line, words, false);
  text.title = swap(text.title);
  text.description = swap(text.description);
  text.causes = text.causes.map((cause) => ({ ...cause, title: swap(cause.title) }));
  text.resolutions = text.resolutions.map((resolution) => ({ ...resolution, title: swap(resolution.title) }));
  if (text.references)
    text.references = text.references.map((reference) => ({ ...reference, title: rename(reference.title) }));
  return `---\n${stringifyYaml(text, { lineWidth: 0 })}---\n${swapProse(match[2]!, swap, rename)}`;
}

/**
 * Swaps words in prose lines (`swap`), and renames the subject words only (`rename`) in fenced
 * code and tables. Left as they are: headings (their slugs are anchors), imports, and components
 * with their attributes (ids, error wordings), which may run over several lines.
 */
function swapProse(body: string, swap: (line: string) => string, rename: (line: string) => string): string {
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
      if (fence !== null) return rename(line);
      if (inTag) {
        if (trimmed.endsWith('>') && !trimmed.endsWith('=>')) inTag = false;
        return line;
      }
      if (trimmed.startsWith('<')) {
        inTag = !trimmed.endsWith('>');
        return line;
      }
      if (/^(#|import |export )/.test(trimmed)) return line;
      return trimmed.startsWith('|') ? rename(line) : swap(line);
    })
    .join('\n');
}

/** Inline code, link targets, tags, expressions and URLs: no word of theirs is swapped (inline code: renamed). */
const PROTECTED = /(`[^`]*`|\]\([^)]*\)|<[^>]*>|\{[^}]*\}|https?:\/\/\S+)/;

/**
 * Renames the subject words of a line and, with `swapOthers`, swaps a share of its other words
 * of five letters or more. Inline code gets its subject words renamed only (a .NET name the
 * article is about); link targets, tags, expressions and URLs stay as they are.
 */
function swapWords(line: string, words: CloneWords, swapOthers: boolean): string {
  const renameIn = (text: string): string => text.replace(WORD, (word) => subjectWord(word, words) ?? word);
  return line
    .split(PROTECTED)
    .map((part, index) => {
      if (index % 2 === 1) return part.startsWith('`') ? renameIn(part) : part;
      return part.replace(WORD, (word) => {
        const renamed = subjectWord(word, words);
        if (renamed !== null) return renamed;
        return swapOthers && word.length >= 5 && words.random() < SWAP_SHARE
          ? madeUpWord(word, words.alphabet, words.random)
          : word;
      });
    })
    .join('');
}

/** The clone's made-up word for a subject word of its source (the same wherever it stands), or null. */
function subjectWord(word: string, words: CloneWords): string | null {
  if (!words.subject.has(words.keyOf(word))) return null;
  const lower = word.toLowerCase();
  let made = words.renamed.get(lower);
  if (made === undefined) {
    made = madeUpWord(lower, words.alphabet, words.naming);
    words.renamed.set(lower, made);
  }
  return casedLike(word, made);
}

/** A pronounceable made-up word as long as `word`, capitalized like it. */
function madeUpWord(word: string, alphabet: Alphabet, random: () => number): string {
  const pick = (letters: string[]): string => letters[Math.floor(random() * letters.length)]!;
  let made = '';
  while (made.length < word.length) made += pick(alphabet.consonants) + pick(alphabet.vowels);
  return casedLike(word, made.slice(0, word.length));
}

/** `made` in the case of `word`: all capitals (TLS), a capital first (Exchange), or lower case. */
function casedLike(word: string, made: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return made.toUpperCase();
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
