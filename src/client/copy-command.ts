/**
 * Copy buttons on command blocks. The buttons show only with JavaScript (the command is
 * still plain selectable text); the result is announced through a status region.
 */
export function initCopyButtons(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-command]')) {
    const button = block.querySelector<HTMLButtonElement>('[data-copy]');
    const status = block.querySelector<HTMLElement>('[data-copy-status]');
    const code = block.querySelector('code');
    if (!button || !status || !code) continue;
    if (!navigator.clipboard) {
      button.hidden = true; // no clipboard access (an insecure origin): the text stays selectable
      continue;
    }
    const idleLabel = button.textContent?.trim() ?? '';
    button.addEventListener('click', async () => {
      let message: string;
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        message = button.dataset.copiedLabel ?? '';
      } catch {
        message = button.dataset.failedLabel ?? '';
      }
      button.textContent = message;
      status.textContent = message;
      setTimeout(() => {
        button.textContent = idleLabel;
        status.textContent = '';
      }, 2000);
    });
  }
}
