import { diagnose, MAX_INPUT_BYTES } from '../../checker/index.ts';
import type { CheckerWords } from '../../explain/index.ts';
import { loadLinks } from './links.ts';
import { fetchPublicRootKey } from './public-root-keys.ts';
import { renderResults, renderWaiting, type RenderContext } from './render.ts';
import resultsStyles from './results.css?url';

/** What the page's event wiring (boot.ts) asks of the checker once it has loaded. */
export interface CheckerController {
  /** The text or the URL changed: check after a pause, or at once for a paste. */
  changed(immediate: boolean): void;
  /** Enter or the Check button: check now and move focus to the verdict. */
  checkNow(): void;
  checkFile(file: File): void;
  checkText(text: string): void;
  showExample(name: string): void;
  clear(): void;
}

/** Typing pauses shorter than this do not re-check. */
const DEBOUNCE_MS = 300;

/**
 * The checker's behaviour: reads the inputs, runs the diagnosis in this tab (no request, nothing
 * stored) and renders the results. A file is kept as bytes, so DER and PKCS#7 files work.
 */
export async function attachChecker(root: HTMLElement, words: CheckerWords): Promise<CheckerController> {
  // Everything a check needs is fetched now, so checking itself never makes a request.
  const [{ links, dotnetLinks }, { EXAMPLES }] = await Promise.all([
    loadLinks(root.dataset.links ?? ''),
    import('./examples.generated.ts'),
    loadResultStyles(),
  ]);
  const input = root.querySelector<HTMLTextAreaElement>('[data-checker-input]')!;
  const url = root.querySelector<HTMLInputElement>('[data-checker-url]')!;
  const picker = root.querySelector<HTMLInputElement>('[data-checker-file]')!;
  const fileName = root.querySelector<HTMLElement>('[data-checker-file-name]')!;
  const verdict = root.querySelector<HTMLElement>('[data-checker-verdict]')!;
  const details = root.querySelector<HTMLElement>('[data-checker-details]')!;
  const fileHint = fileName.textContent ?? '';
  const context: RenderContext = {
    words,
    links,
    dotnetLinks,
    headingLevel: Number(root.dataset.headingLevel) || 2,
    origin: location.origin,
  };

  let file: { name: string; bytes: Uint8Array } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let run = 0;

  async function check(focus: boolean): Promise<void> {
    clearTimeout(timer);
    const current = ++run;
    const hasInput = file !== null || input.value.trim() !== '';
    const typedUrl = url.value.trim();
    if (!hasInput) {
      renderWaiting(verdict, details, typedUrl ? words.waiting.certificate : '');
      return;
    }
    const now = new Date();
    const diagnosis = await diagnose(file ? file.bytes : input.value, typedUrl, {
      now,
      publicRootKey: fetchPublicRootKey,
    });
    if (current !== run) return; // a newer check started meanwhile
    renderResults(verdict, details, { diagnosis, url: typedUrl, now }, context);
    if (focus) verdict.focus();
  }

  const controller: CheckerController = {
    changed(immediate) {
      if (file && input.value !== '') forgetFile();
      clearTimeout(timer);
      if (immediate) void check(false);
      else timer = setTimeout(() => void check(false), DEBOUNCE_MS);
    },
    checkNow: () => void check(true),
    checkFile(chosen) {
      clearTimeout(timer);
      // Past the limit the checker refuses anyway: read one byte more than it accepts, not the whole file.
      void chosen
        .slice(0, MAX_INPUT_BYTES + 1)
        .arrayBuffer()
        .then((buffer) => {
          file = { name: chosen.name, bytes: new Uint8Array(buffer) };
          input.value = '';
          fileName.textContent = chosen.name;
          return check(true);
        });
    },
    checkText(text) {
      forgetFile();
      input.value = text;
      void check(false);
    },
    showExample(name) {
      const example = EXAMPLES[name as keyof typeof EXAMPLES];
      if (!example) return;
      forgetFile();
      input.value = example.certificate;
      url.value = example.url;
      void check(true);
    },
    clear() {
      forgetFile();
      input.value = '';
      url.value = '';
      run++;
      clearTimeout(timer);
      renderWaiting(verdict, details, '');
      input.focus();
    },
  };

  function forgetFile(): void {
    file = null;
    picker.value = '';
    fileName.textContent = fileHint;
  }

  // What the browser put in the boxes before the checker loaded (a restored form, a hand-off) is
  // checked too, but after the action that loaded the checker has had its turn: that action (a
  // typed character, a paste, an example) clears this timer and checks by itself, so the results
  // are drawn once, not again a typing pause later.
  if (input.value.trim() !== '' || url.value.trim() !== '') timer = setTimeout(() => void check(false), 0);
  return controller;
}

/**
 * The results' styles come with the parser, not with the page: imported the usual way, Astro
 * would link them from every article that embeds the checker. Results wait for them, so they
 * never show unstyled.
 */
function loadResultStyles(): Promise<void> {
  if (document.querySelector(`link[href="${resultsStyles}"]`)) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: resultsStyles });
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}
