import { XMLParser } from 'fast-xml-parser';

/** web.config as IIS reads it, flattened to what the tests check. */
export interface WebConfigView {
  /** fileExtension → mimeType, for each <mimeMap> whose extension was <remove>d just before it. */
  mimeMaps: Map<string, string>;
  /** Extensions mapped without removing IIS's own mapping first (an IIS startup error). */
  unsafeMimeMaps: string[];
  /** Other collection entries added without removing a possible inherited one first. */
  unsafeEntries: string[];
  /** Headers added at the root. */
  headers: Array<[string, string]>;
  /** Headers removed at the root (X-Powered-By, and each one before it is added). */
  removedHeaders: string[];
  /** location path → the headers it removes (what it does not inherit). */
  removedHeadersAt: Map<string, string[]>;
  /** location path ('' for the root) → its 404 page path. */
  notFound: Map<string, string>;
  /** location path → its clientCache attributes. */
  clientCache: Map<string, Record<string, string>>;
  hiddenSegments: string[];
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
const children = (node: Node | undefined, name: string): Node[] => (node?.[name] as Node[] | undefined) ?? [];
const find = (nodes: Node[], name: string): Node | undefined => nodes.find((node) => name in node);

function readServer(server: Node[], path: string, view: WebConfigView): void {
  const staticContent = children(find(server, 'staticContent'), 'staticContent');
  staticContent.forEach((node, index) => {
    if (!('mimeMap' in node)) return;
    const { fileExtension, mimeType } = node[':@']!;
    const previous = staticContent[index - 1];
    if (previous && 'remove' in previous && previous[':@']!.fileExtension === fileExtension) {
      view.mimeMaps.set(fileExtension!, mimeType!);
    } else view.unsafeMimeMaps.push(fileExtension!);
  });
  const cache = find(staticContent, 'clientCache');
  if (cache) view.clientCache.set(path, cache[':@']!);
  const custom = children(
    find(children(find(server, 'httpProtocol'), 'httpProtocol'), 'customHeaders'),
    'customHeaders',
  );
  if (path !== '') {
    const removed = custom.filter((node) => 'remove' in node).map((node) => node[':@']!.name!);
    if (removed.length > 0) view.removedHeadersAt.set(path, removed);
  }
  custom.forEach((node, index) => {
    if (path !== '') {
      if ('add' in node) view.unsafeEntries.push(`header ${node[':@']!.name} added at ${path}`);
      return;
    }
    if ('remove' in node) view.removedHeaders.push(node[':@']!.name!);
    if (!('add' in node)) return;
    const { name, value } = node[':@']!;
    view.headers.push([name!, value!]);
    const previous = custom[index - 1];
    if (!(previous && 'remove' in previous && previous[':@']!.name === name)) view.unsafeEntries.push(`header ${name}`);
  });
  const error = children(find(server, 'httpErrors'), 'httpErrors').find(
    (node) => 'error' in node && node[':@']!.statusCode === '404',
  );
  if (error) view.notFound.set(path, error[':@']!.path!);
  const filtering = children(
    find(children(find(server, 'security'), 'security'), 'requestFiltering'),
    'requestFiltering',
  );
  const segments = children(find(filtering, 'hiddenSegments'), 'hiddenSegments');
  segments.forEach((node, index) => {
    if (!('add' in node)) return;
    const segment = node[':@']!.segment!;
    const previous = segments[index - 1];
    // IIS's own list holds web.config: an <add> not preceded by its <remove> can be a duplicate.
    if (previous && 'remove' in previous && previous[':@']!.segment === segment) view.hiddenSegments.push(segment);
    else view.unsafeEntries.push(`hiddenSegment ${segment}`);
  });
}

/** Parses web.config (throws on malformed XML) into the parts IIS acts on. */
export function readWebConfig(xml: string): WebConfigView {
  const validation = new XMLParser().parse(xml, true);
  if (!validation) throw new Error('web.config did not parse');
  const document = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true }).parse(
    xml,
  ) as Node[];
  const configuration = children(find(document, 'configuration'), 'configuration');
  const view: WebConfigView = {
    mimeMaps: new Map(),
    unsafeMimeMaps: [],
    unsafeEntries: [],
    headers: [],
    removedHeaders: [],
    removedHeadersAt: new Map(),
    notFound: new Map(),
    clientCache: new Map(),
    hiddenSegments: [],
  };
  readServer(children(find(configuration, 'system.webServer'), 'system.webServer'), '', view);
  for (const location of configuration.filter((node) => 'location' in node)) {
    const path = location[':@']!.path!;
    readServer(children(find(children(location, 'location'), 'system.webServer'), 'system.webServer'), path, view);
  }
  return view;
}
