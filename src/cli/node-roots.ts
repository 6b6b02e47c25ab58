import { rootCertificates } from 'node:tls';
import { publicRootKeysFrom } from '../checker/index.ts';

/** The public roots' keys for `trustcheck`: the roots this Node ships (Mozilla's list, as the page's table). */
export const nodeRootKeys = publicRootKeysFrom(rootCertificates);
