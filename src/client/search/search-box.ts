/**
 * Runs on every page and stays tiny: it turns the header search field into a combobox only when a
 * visitor focuses it (or presses / or Ctrl/⌘+K), and only then loads the search code.
 */
export function initSearchBox(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const listbox = form?.querySelector<HTMLElement>('[role="listbox"]');
  if (!form || !input || !listbox) return;
  // The combobox roles appear with the script that implements them; without it this is a plain
  // search field that submits to the search page.
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  let loading: Promise<void> | undefined;
  const load = () => (loading ??= import('./combobox.ts').then(({ attachCombobox }) => attachCombobox(form)));
  input.addEventListener('focus', load, { once: true });
  if (document.activeElement === input) void load();

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (slash || commandK) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
