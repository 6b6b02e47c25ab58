/**
 * The language the root page sends a visitor to: Czech for the first preference that is Czech
 * or Slovak (Slovak readers read Czech far better than English), English for anything else.
 */
export function pickLanguage(preferences: readonly string[]): 'cs' | 'en' {
  for (const preference of preferences) {
    const primary = preference.toLowerCase().split('-')[0];
    if (primary === 'cs' || primary === 'sk') return 'cs';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
