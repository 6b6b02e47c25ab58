import { LOCALES } from '../i18n/locales.ts';
import { MEDIA_TYPES } from './policy.ts';
import { GENERATED_NOTE, urlPath, type ServerConfigInput } from './server-input.ts';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `_astro/` → `_astro`: IIS <location> paths are relative to the application, without slashes at the ends. */
const locationPath = (path: string): string => path.replace(/^\/+|\/+$/g, '');

function notFoundErrors(path: string, indent: string): string[] {
  return [
    `${indent}<httpErrors errorMode="Custom" existingResponse="Replace">`,
    `${indent}  <remove statusCode="404" subStatusCode="-1" />`,
    `${indent}  <error statusCode="404" path="${escapeXml(path)}" responseMode="ExecuteURL" />`,
    `${indent}</httpErrors>`,
  ];
}

function location(path: string, body: string[]): string[] {
  return [
    `  <location path="${escapeXml(locationPath(path))}">`,
    '    <system.webServer>',
    ...body.map((line) => `      ${line}`),
    '    </system.webServer>',
    '  </location>',
  ];
}

/** A content-addressed folder or file: cached for a year, and without the document-only headers. */
function immutableBody(input: ServerConfigInput): string[] {
  const kept = new Set(input.assetHeaders.map(([name]) => name));
  return [
    '<staticContent>',
    // IIS writes "max-age=31536000" itself and appends the custom directives.
    '  <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />',
    '</staticContent>',
    '<httpProtocol>',
    '  <customHeaders>',
    ...input.headers.filter(([name]) => !kept.has(name)).map(([name]) => `    <remove name="${escapeXml(name)}" />`),
    '  </customHeaders>',
    '</httpProtocol>',
  ];
}

/**
 * `web.config` for IIS, placed at the root of the site or of its IIS application (for a sub-path,
 * make the folder an application or virtual directory at that path). IIS serves only the
 * extensions it knows, so every extension of the build is mapped; each is removed first, because
 * adding one IIS already knows is a configuration error that takes the whole site down.
 */
export function webConfig(input: ServerConfigInput): string {
  const mimeMaps = input.extensions.flatMap((extension) => [
    `      <remove fileExtension="${escapeXml(extension)}" />`,
    `      <mimeMap fileExtension="${escapeXml(extension)}" mimeType="${escapeXml(MEDIA_TYPES[extension]!)}" />`,
  ]);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- trustkb for IIS (7.5 or later, with the Static Content feature). ${escapeXml(GENERATED_NOTE)} -->`,
    '<configuration>',
    '  <system.webServer>',
    '    <staticContent>',
    ...mimeMaps,
    // HTML and everything not content-addressed: "Cache-Control: no-cache", i.e. ask before reuse.
    '      <clientCache cacheControlMode="DisableCache" />',
    '    </staticContent>',
    '    <defaultDocument enabled="true">',
    '      <files>',
    '        <clear />',
    '        <add value="index.html" />',
    '      </files>',
    '    </defaultDocument>',
    '    <httpProtocol>',
    '      <customHeaders>',
    '        <remove name="X-Powered-By" />',
    ...input.headers.flatMap(([name, value]) => [
      `        <remove name="${escapeXml(name)}" />`,
      `        <add name="${escapeXml(name)}" value="${escapeXml(value)}" />`,
    ]),
    '      </customHeaders>',
    '    </httpProtocol>',
    ...notFoundErrors(urlPath(input, input.notFound), '    '),
    '    <urlCompression doStaticCompression="true" doDynamicCompression="false" />',
    '    <security>',
    '      <requestFiltering>',
    '        <hiddenSegments>',
    // IIS hides web.config already: adding it twice would be a duplicate entry, an error.
    ...input.hiddenFiles.flatMap((file) => [
      `          <remove segment="${escapeXml(file)}" />`,
      `          <add segment="${escapeXml(file)}" />`,
    ]),
    '        </hiddenSegments>',
    '      </requestFiltering>',
    '    </security>',
    '  </system.webServer>',
    ...input.immutableFolders.flatMap((folder) => location(folder, immutableBody(input))),
    ...input.immutableFiles.flatMap((file) => location(file, immutableBody(input))),
    ...LOCALES.flatMap((locale) => {
      const page = input.localeNotFound[locale];
      return page ? location(`${locale}/`, notFoundErrors(urlPath(input, page), '')) : [];
    }),
    '</configuration>',
  ];
  return `${lines.join('\n')}\n`;
}
