/**
 * Render stage, browser script: turns each `.file-tabs` (one `.file-tab` panel per file, see
 * remark-file-tabs.ts) into tabs — a tab list of file names, one panel shown at a time, arrow
 * keys, Home and End move between tabs as in the WAI-ARIA tabs pattern.
 */
let counter = 0;

function setUp(container: HTMLElement): void {
  const panels = [...container.querySelectorAll<HTMLElement>(':scope > .file-tab')];
  if (panels.length === 0) return;
  const id = `file-tabs-${(counter += 1)}`;
  // The list comes with the HTML (remark-file-tabs.ts), so nothing moves here; made only where
  // a page was built without it.
  let list = container.querySelector<HTMLElement>(':scope > .file-tab-list');
  const made = list === null;
  if (list === null) {
    list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', 'Files');
    list.className = 'file-tab-list';
  }
  const buttons = [...list.querySelectorAll<HTMLButtonElement>(':scope > button')];
  const tabs = panels.map((panel, index) => {
    const tab = buttons[index] ?? document.createElement('button');
    tab.type = 'button';
    tab.id = `${id}-tab-${index}`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', `${id}-panel-${index}`);
    tab.textContent = panel.dataset['label'] ?? `File ${index + 1}`;
    panel.id = `${id}-panel-${index}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0;
    if (!tab.isConnected) list.append(tab);
    return tab;
  });
  const select = (chosen: number, focus: boolean): void => {
    tabs.forEach((tab, index) => {
      const on = index === chosen;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = panels[index];
      if (panel) panel.hidden = !on;
    });
    if (focus) tabs[chosen]?.focus();
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(index, false));
    tab.addEventListener('keydown', (event) => {
      const last = tabs.length - 1;
      const moves: Record<string, number> = {
        ArrowRight: index === last ? 0 : index + 1,
        ArrowLeft: index === 0 ? last : index - 1,
        Home: 0,
        End: last,
      };
      const next = moves[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select(next, true);
    });
  });
  if (made) container.prepend(list);
  container.classList.add('file-tabs-ready');
  select(0, false);
}

document.querySelectorAll<HTMLElement>('.file-tabs').forEach(setUp);

export {};
