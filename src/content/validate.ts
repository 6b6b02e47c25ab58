import { FACTS_FILE_NAME, RESERVED_ARTICLE_IDS, articlePathParts } from './paths.ts';
import type { ArticleFacts } from './facts-schema.ts';
import type { ArticleText } from './text-schema.ts';

/** An article's facts file as the validator sees it: where it lives and its parsed content. */
export interface FactsFile {
  /** Path ending in `<id>/article.yaml`; the folder is the article id. */
  filePath: string;
  data: ArticleFacts;
}

/** One language file as the validator sees it: where it lives and its parsed frontmatter. */
export interface TextFile {
  /** Path ending in `<id>/<locale>.mdx`; the folder is the article id, the name its language. */
  filePath: string;
  data: ArticleText;
}

/**
 * Rules that span files. Each returns one message per problem, naming the file and the field, so
 * `astro build` (through getArticleVersions) and the Node-side reader print the same words.
 */

/** Facts that point at other articles: related ids exist, and each error wording has one owner. */
export function validateFactsSet(facts: readonly FactsFile[]): string[] {
  const ids = new Set(facts.map((file) => articlePathParts(file.filePath).folder));
  const problems: string[] = [];
  for (const file of facts) {
    const id = articlePathParts(file.filePath).folder;
    if (RESERVED_ARTICLE_IDS.has(id)) {
      problems.push(`${file.filePath}: "${id}" is the address of one of the site's own pages; rename the folder`);
    }
    file.data.related.forEach((relatedId, index) => {
      if (relatedId === id) {
        problems.push(`${file.filePath}: field "related[${index}]": an article cannot be related to itself`);
      } else if (!ids.has(relatedId)) {
        problems.push(`${file.filePath}: field "related[${index}]": no article has the id "${relatedId}"`);
      }
    });
  }
  return [...problems, ...checkMessageOwnership(facts), ...checkFindingOwnership(facts)];
}

/**
 * Every checker finding an article explains has one owning cause: the link the checker shows
 * first. Other causes list it under `sharedFindings`. Two owners would make the first link a
 * coin toss; a shared finding without an owner would have no first link.
 */
function checkFindingOwnership(facts: readonly FactsFile[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string[]>();
  const sharers = new Map<string, string>();
  for (const file of facts) {
    file.data.causes.forEach((cause, index) => {
      const where = `${file.filePath}: field "causes[${index}]"`;
      for (const id of cause.findings) owners.set(id, [...(owners.get(id) ?? []), `${where} (${cause.id})`]);
      for (const id of cause.sharedFindings) sharers.set(id, where);
    });
  }
  for (const [id, places] of owners) {
    if (places.length > 1) {
      problems.push(
        `${places.join(', ')}: checker finding "${id}" is owned by ${places.length} causes: move it to "sharedFindings" in all but one`,
      );
    }
  }
  for (const [id, where] of sharers) {
    if (!owners.has(id)) {
      problems.push(`${where}: checker finding "${id}" is in "sharedFindings" but no cause owns it under "findings"`);
    }
  }
  return problems;
}

/**
 * Every error wording has one owner: the article that search puts first for it. Other articles
 * may list it with `shared: true`. Two owners would make search results a coin toss.
 */
function checkMessageOwnership(facts: readonly FactsFile[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, FactsFile[]>();
  const sharers = new Map<string, { file: FactsFile; index: number }>();
  for (const file of facts) {
    file.data.errorMessages.forEach((message, index) => {
      if (message.shared) sharers.set(message.text, { file, index });
      else owners.set(message.text, [...(owners.get(message.text) ?? []), file]);
    });
  }
  for (const [text, files] of owners) {
    if (files.length > 1) {
      const ids = files.map((file) => articlePathParts(file.filePath).folder);
      problems.push(
        `${files.map((file) => file.filePath).join(', ')}: field "errorMessages": "${text}" is owned by ${ids.join(' and ')}: mark it "shared: true" in all but one`,
      );
    }
  }
  for (const [text, { file, index }] of sharers) {
    if (!owners.has(text)) {
      problems.push(`${file.filePath}: field "errorMessages[${index}]": "${text}" is shared but no article owns it`);
    }
  }
  return problems;
}

/**
 * A language file names exactly the causes and resolutions of its facts file: one title for each
 * id, no id the facts file lacks. The order on the page is the facts file's.
 */
export function validateTextAgainstFacts(text: TextFile, facts: FactsFile): string[] {
  return [
    ...compareIds(text, 'causes', text.data.causes, facts.data.causes),
    ...compareIds(text, 'resolutions', text.data.resolutions, facts.data.resolutions),
  ];
}

function compareIds(
  text: TextFile,
  field: 'causes' | 'resolutions',
  titled: readonly { id: string }[],
  known: readonly { id: string }[],
): string[] {
  const knownIds = known.map((item) => item.id);
  const titledIds = titled.map((item) => item.id);
  const singular = field === 'causes' ? 'cause' : 'resolution';
  const problems: string[] = [];
  titledIds.forEach((id, index) => {
    if (!knownIds.includes(id)) {
      problems.push(
        `${text.filePath}: field "${field}[${index}].id": ${FACTS_FILE_NAME} has no ${singular} "${id}" (its ${field}: ${knownIds.join(', ')})`,
      );
    }
  });
  for (const id of knownIds.filter((candidate) => !titledIds.includes(candidate))) {
    problems.push(
      `${text.filePath}: field "${field}": no title for ${singular} "${id}" of ${FACTS_FILE_NAME}: add { id: ${id}, title: … }`,
    );
  }
  return problems;
}
