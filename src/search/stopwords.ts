/**
 * Words that say nothing about which article a message belongs to, in the two site languages.
 * Dropping them keeps a pasted sentence from failing on a word the index ranks as noise.
 */
export const STOPWORDS = new Set([
  // English
  'a', 'an', 'the', 'was', 'is', 'are', 'be', 'been', 'for', 'to', 'of', 'on', 'in', 'at', 'by', 'with', 'and', 'or',
  'not', 'could', 'see', 'because', 'this', 'that', 'it', 'from', 'as', 'has', 'have', 'had', 'according', 'error',
  'errors', 'exception', 'inner', 'occurred', 'info', 'warn', 'warning', 'debug', 'trace', 'fatal', 'hresult',
  'status', // a label in every log and in Get-ExchangeCertificate output, never the failure itself
  // Czech (diacritics folded)
  'a', 'i', 'o', 'u', 'v', 've', 'k', 'ke', 's', 'se', 'z', 'ze', 'na', 'do', 'pro', 'je', 'jsou', 'bylo', 'byl',
  'byla', 'byt', 'si', 'to', 'ten', 'ta', 'ze', 'podle', 'pri', 'nelze', 'viz', 'doslo', 'chyba', 'chyby', 'vyjimka',
  'vnitrni', 'nebylo', 'mozne', 'stav',
]);
