import type { APIRoute } from 'astro';
import { publicRootKeyFiles } from '../../../site/public-root-keys.ts';

export const getStaticPaths = () =>
  publicRootKeyFiles().map(({ hash, spki }) => ({ params: { key: hash }, props: { spki } }));

/**
 * One public root's key (SubjectPublicKeyInfo DER), named by its hash in the checker's root
 * table: the checker page fetches only the one a pasted chain ends at, and only then. The
 * name changes whenever the content does, so the file can be cached forever.
 */
export const GET: APIRoute<{ spki: Uint8Array }> = ({ props }) =>
  new Response(new Uint8Array(props.spki), { headers: { 'Content-Type': 'application/octet-stream' } });
