/**
 * Follows the Office theme: Office tells the pane its body colour (Colorful, Dark Gray, Black,
 * White…), and the pane takes its dark palette when the body is dark. Where Office gives no theme
 * (a browser, some hosts), the pane follows the system's colour scheme, and its changes.
 */

/** Relative luminance of "#rrggbb" (WCAG's formula); undefined for anything else. */
function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The part of Office.context.officeTheme the pane reads. */
export interface OfficeColours {
  bodyBackgroundColor?: string;
}

/**
 * Sets data-theme to light or dark from the theme's body colour, or from the system's colour scheme
 * when there is no theme. The pane keeps its own palettes rather than Office's exact colours, whose
 * muted text would fall below WCAG's contrast on some of them.
 */
export function applyTheme(theme: OfficeColours | undefined, root: HTMLElement = document.documentElement): void {
  const light = theme?.bodyBackgroundColor === undefined ? undefined : luminance(theme.bodyBackgroundColor);
  if (light !== undefined) {
    root.dataset.theme = light < 0.2 ? 'dark' : 'light';
    return;
  }
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => (root.dataset.theme = dark.matches ? 'dark' : 'light');
  follow();
  dark.addEventListener('change', follow);
}

/** The theme Office reports, when it reports one (Office.context.officeTheme, where the host supports it). */
export function officeTheme(): OfficeColours | undefined {
  try {
    return Office.context.officeTheme as OfficeColours | undefined;
  } catch {
    return undefined;
  }
}
