import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../src/client/pick-language.ts';

describe('pickLanguage', () => {
  it.each([
    [['cs-CZ', 'en-US'], 'cs'],
    [['cs'], 'cs'],
    [['sk-SK'], 'cs'],
    [['CS'], 'cs'],
    [['en-GB', 'cs'], 'en'],
    [['de-DE', 'cs-CZ'], 'cs'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ])('sends %j to %s', (preferences, expected) => {
    expect(pickLanguage(preferences)).toBe(expected);
  });
});
