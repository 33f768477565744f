/** How Concordat's output looks, the same in both hosts: highlight colours, severity marks, header and link styles. */
import type { Severity } from '../findings';

/** Highlight colours (RGB hex): Excel's own "light red / yellow fill with dark text" presets, and a pale blue for info. */
export const HIGHLIGHT_STYLE: Record<Severity, { fill: string; font: string }> = {
  error: { fill: 'FFC7CE', font: '9C0006' },
  warning: { fill: 'FFEB9C', font: '9C5700' },
  info: { fill: 'DDEBF7', font: '1F4E78' },
};

/**
 * Formula of the conditional-format rule that highlights flagged cells. It is always true, and the
 * marker string inside it is how both hosts recognise (and remove) Concordat's own rules without
 * touching the user's. Written without the leading '='.
 */
export function highlightFormula(severity: Severity): string {
  return `"concordat:${severity}"<>""`;
}

export const HIGHLIGHT_MARKER = '"concordat:';

/** Marker written before each flag in the flags column. */
export const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** The report and log header rows: bold on a light grey fill (RGB hex). */
export const HEADER_FILL = 'F3F2F1';

/** A link's text colour (RGB hex): Office's own hyperlink blue, underlined. */
export const LINK_COLOUR = '0563C1';

/** A flag whose findings are all accepted, and accepted findings in the pane: a grey that still reads (RGB hex). */
export const MUTED_COLOUR = '767676';
