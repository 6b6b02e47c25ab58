/**
 * The dark-mode switch. The choice is kept in localStorage (the only thing the site stores) and
 * applied before paint by the inline script in Head.astro.
 */
const STORAGE_KEY = 'trustkb-theme';

function effectiveTheme(): 'dark' | 'light' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'dark' || chosen === 'light') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-pressed', String(effectiveTheme() === 'dark'));
    button.addEventListener('click', () => {
      const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      button.setAttribute('aria-pressed', String(next === 'dark'));
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Private modes may refuse storage; the choice then lasts for this page only.
      }
    });
  }
}
