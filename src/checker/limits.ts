/**
 * Sanity limits. The checker runs on whatever an admin pastes (or a page visitor drops), so
 * every loop and every parse is bounded: past these limits the input is refused with an
 * `input.too-large` finding instead of making the tab or the CLI hang.
 */

/** A certificate chain is a few kilobytes; a 1 MiB paste is a mistake or an attack. */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** PEM blocks, DER objects or Base64 paragraphs: real bundles have a handful, CA stores a few hundred. */
export const MAX_BLOCKS = 50;

/** Certificates kept after unpacking PKCS#7 bundles. */
export const MAX_CERTIFICATES = 50;

/**
 * ASN.1 nesting depth. A certificate nests about 15 levels deep (certificate policies with
 * notice references are the deepest common case, counting embedded extension values).
 */
export const MAX_ASN1_DEPTH = 40;

/** ASN.1 nodes per object: a certificate with hundreds of SAN entries has a few thousand. */
export const MAX_ASN1_NODES = 20_000;

/** Chain length walked from the leaf; Windows itself gives up far earlier in practice. */
export const MAX_CHAIN_LENGTH = 12;

/**
 * Steps of the path search (one step: one certificate tried as an issuer). Real chains take a
 * handful; 50 certificates that all share one name could otherwise take factorial time.
 */
export const MAX_PATH_STEPS = 2_000;

/** `time.expiring-soon` when a certificate of the chain expires within this many days. */
export const EXPIRING_SOON_DAYS = 30;
