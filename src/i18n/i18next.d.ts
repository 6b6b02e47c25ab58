import type { en } from './en.ts';

// Types every t('…') key against the English table, so `astro check` rejects a typo.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
