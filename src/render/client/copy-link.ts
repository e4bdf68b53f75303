/**
 * Render stage, browser script: shows the "copy link" buttons and copies the address of their
 * section (page URL + `#id`) to the clipboard, saying so in the button.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const url = new URL(location.href);
    url.hash = button.dataset['copyLink'] ?? '';
    try {
      await navigator.clipboard.writeText(url.href);
      button.textContent = 'Link copied';
    } catch {
      button.textContent = 'Copy failed: use the address bar';
    }
    setTimeout(() => {
      button.textContent = 'Copy link';
    }, 2000);
  });
}

// A module, so its names stay its own.
export {};
