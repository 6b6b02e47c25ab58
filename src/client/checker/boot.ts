import type { CheckerController } from './controller.ts';
import { isHandOff, readHandOff } from './hand-off.ts';

/**
 * Runs on the checker page and on articles that embed the checker, so it stays tiny: it wires
 * the form's events (the form itself shows only with JavaScript, through data-needs-js). The
 * parser and everything else load on first use (focus, paste, drop, a file or an example).
 *
 * Events are read here, while they are live (a drop's files vanish once the event is over),
 * and handed to the controller once it has loaded.
 */
export function initChecker(): void {
  const root = document.querySelector<HTMLElement>('[data-checker]');
  const form = root?.querySelector<HTMLFormElement>('[data-checker-form]');
  const input = root?.querySelector<HTMLTextAreaElement>('[data-checker-input]');
  const url = root?.querySelector<HTMLInputElement>('[data-checker-url]');
  const status = root?.querySelector<HTMLElement>('[data-checker-verdict]');
  if (!root || !form || !input || !url || !status) return;

  let loading: Promise<CheckerController> | undefined;
  const load = () =>
    (loading ??= Promise.all([
      import('./controller.ts'),
      root.dataset.locale === 'cs' ? import('../../explain/words/cs.ts') : import('../../explain/words/en.ts'),
    ])
      .then(([{ attachChecker }, words]) => attachChecker(root, 'cs' in words ? words.cs : words.en))
      .then((controller) => {
        root.dataset.ready = 'true'; // for tests and the benchmark: from here on, checking needs no request
        return controller;
      })
      .catch((error: unknown) => {
        status.textContent = root.dataset.loadFailed ?? '';
        loading = undefined; // the next use tries again
        throw error;
      }));
  const use = (action: (controller: CheckerController) => void) => void load().then(action, () => {});

  // A certificate search handed over (hand-off.ts): taken out of the address at once, so it stays
  // in neither the address bar nor the history, then checked. Also when search ran on this page.
  const receiveHandOff = () => {
    if (!isHandOff(location.hash)) return;
    const handOff = readHandOff(location.hash);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    if (!handOff) return;
    input.value = handOff.certificates;
    url.value = handOff.url;
    use((controller) => {
      controller.changed(false); // the box changed: a file chosen earlier on this page no longer counts
      controller.checkNow();
    });
  };
  receiveHandOff();
  window.addEventListener('hashchange', receiveHandOff);

  root.addEventListener('focusin', () => use(() => {}));
  form.addEventListener('input', (event) => {
    const kind = event instanceof InputEvent ? event.inputType : '';
    use((controller) =>
      controller.changed(event.target === input && (kind === 'insertFromPaste' || kind === 'insertFromDrop')),
    );
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    use((controller) => controller.checkNow());
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  form.addEventListener('change', (event) => {
    const picker = event.target as HTMLInputElement;
    const file = picker.type === 'file' ? picker.files?.[0] : undefined;
    if (file) use((controller) => controller.checkFile(file));
  });
  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-example], [data-checker-clear]');
    const example = button?.dataset.example;
    if (example) use((controller) => controller.showExample(example));
    else if (button) use((controller) => controller.clear());
  });
  // Dropping a file anywhere on the checker reads it; elsewhere the browser would open it instead.
  root.addEventListener('dragover', (event) => {
    event.preventDefault();
    root.classList.add('is-dragging');
  });
  root.addEventListener('dragleave', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) root.classList.remove('is-dragging');
  });
  root.addEventListener('drop', (event) => {
    event.preventDefault();
    root.classList.remove('is-dragging');
    const file = event.dataTransfer?.files[0];
    const text = event.dataTransfer?.getData('text/plain');
    if (file) use((controller) => controller.checkFile(file));
    else if (text) use((controller) => controller.checkText(text));
  });
}
