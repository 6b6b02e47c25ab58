import { LOCALES } from '../i18n/locales.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, MEDIA_TYPES } from './policy.ts';
import { GENERATED_NOTE, urlPath, type ServerConfigInput } from './server-input.ts';

/** The two lines a deployment (and the test server) sets; each appears exactly once. */
export const NGINX_LISTEN_LINE = '    listen 80;';
export const NGINX_ROOT_LINE = '    root /var/www/trustkb;';

const quote = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * nginx drops every inherited add_header once a block sets one, so each location repeats the whole
 * set; `always` puts them on error responses (the 404 page) too.
 */
function headerLines(headers: ServerConfigInput['headers'], cacheControl: string, indent: string): string[] {
  return [
    ...headers.map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`),
    `${indent}add_header Cache-Control ${quote(cacheControl)} always;`,
  ];
}

/** `text/css; charset=utf-8` → `text/css`: nginx names types bare and adds the charset itself. */
const bareType = (extension: string): string => MEDIA_TYPES[extension]!.split(';')[0]!.trim();

/** The media types as nginx's `types` block wants them: bare type, extensions without the dot. */
function typesBlock(input: ServerConfigInput): string[] {
  const byType = new Map<string, string[]>();
  for (const extension of input.extensions) {
    const type = bareType(extension);
    byType.set(type, [...(byType.get(type) ?? []), extension.slice(1)]);
  }
  return [
    '    types {',
    ...[...byType].map(([type, extensions]) => `        ${type} ${extensions.join(' ')};`),
    '    }',
  ];
}

/** Types whose MEDIA_TYPES entry names a charset, which nginx adds through `charset_types`. */
function charsetTypes(input: ServerConfigInput): string {
  const types = input.extensions
    .filter((extension) => /charset=utf-8/i.test(MEDIA_TYPES[extension]!))
    .map(bareType)
    .filter((type) => type !== 'text/html'); // nginx always includes text/html
  return [...new Set(types)].join(' ');
}

/**
 * An nginx `server` block serving the built site, with the same headers, caching, media types and
 * 404 pages as the other hosts, and the .br/.gz copies the build wrote. The site's files go in
 * `<root><base>`: with base /kb/ and the root below, in /var/www/trustkb/kb/.
 */
export function nginxServerBlock(input: ServerConfigInput): string {
  const revalidate = headerLines(input.headers, CACHE_REVALIDATE, '        ');
  // Content-addressed files are never pages: they get the asset headers only (see policy.ts).
  const immutable = headerLines(input.assetHeaders, CACHE_IMMUTABLE, '        ');
  const lines = [
    `# trustkb for nginx 1.19.5 or later. ${GENERATED_NOTE}`,
    '# Precompressed .br files need the brotli_static module (Debian: libnginx-mod-http-brotli-static);',
    '# without it, delete the brotli_static line and nginx serves the .gz copies.',
    `# The site's files go in the root below plus ${input.base}; terminate TLS in front of this block or`,
    '# add your certificate here (listen 443 ssl;). HSTS is in the headers when the public address is https.',
    'server {',
    NGINX_LISTEN_LINE,
    '    server_name _;',
    NGINX_ROOT_LINE,
    '    index index.html;',
    '    server_tokens off;',
    // Missing files are the 404 page's business, not the error log's (scanners ask for thousands).
    '    log_not_found off;',
    // A redirect from /kb/en to /kb/en/ keeps the address the visitor used (proxies, ports).
    '    absolute_redirect off;',
    '    charset utf-8;',
    `    charset_types ${charsetTypes(input)};`,
    ...typesBlock(input),
    '    default_type application/octet-stream;',
    '    gzip_static on;',
    '    brotli_static on;',
    '    gzip_vary on;',
    `    error_page 404 ${urlPath(input, input.notFound)};`,
    '',
    `    location ${input.base} {`,
    ...revalidate,
    '    }',
    ...LOCALES.flatMap((locale) => {
      const page = input.localeNotFound[locale];
      if (!page) return [];
      return [
        '',
        `    location ${urlPath(input, `${locale}/`)} {`,
        `        error_page 404 ${urlPath(input, page)};`,
        ...revalidate,
        '    }',
      ];
    }),
    ...input.immutableFolders.flatMap((folder) => [
      '',
      `    location ^~ ${urlPath(input, folder)} {`,
      ...immutable,
      '    }',
    ]),
    ...input.immutableFiles.flatMap((file) => ['', `    location = ${urlPath(input, file)} {`, ...immutable, '    }']),
    ...input.hiddenFiles.flatMap((file) => [
      '',
      `    location = ${urlPath(input, file)} {`,
      '        return 404;',
      '    }',
    ]),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
