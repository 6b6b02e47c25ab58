import { readdirSync } from 'node:fs';

/** The names in a folder, or none when it does not exist (yet): a cache folder, an output folder. */
export function folderNames(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
