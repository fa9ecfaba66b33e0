/**
 * Row heights for wrapped text. Excel never grows a row to fit a merged cell, and
 * neither Excel nor LibreOffice does it reliably for generated files, so a long
 * organization name would be cut on paper. We estimate the wrapped line count from
 * Times New Roman's average glyph widths and set each row's height ourselves.
 */

/** Pixels per Excel width unit: the max digit width of the default font (Calibri 11). */
export const PX_PER_WIDTH_UNIT = 7;
/** Cell padding Excel keeps on the left and right of the text. */
const CELL_PADDING_PX = 4;

/**
 * Average advance widths of Times New Roman, in em, by kind of character. Checked against
 * LibreOffice's PDF output (pdftotext -bbox): these overestimate real widths by 2–8%,
 * which errs toward a row too tall rather than a name cut off on paper.
 */
function glyphClassEm(ch: string): number {
  if (ch === ' ') return 0.25;
  if (/\p{Lu}/u.test(ch)) return ch === 'I' ? 0.33 : 0.68;
  if (/[iljtfr]/.test(ch)) return 0.29;
  if (/[mwMW]/.test(ch)) return 0.73;
  if (/\p{L}|\p{N}/u.test(ch)) return 0.48;
  return 0.34;
}

/** By character: a report measures every cell's text, and the Unicode tests add up. */
const emCache = new Map<string, number>();

function glyphEm(ch: string): number {
  let em = emCache.get(ch);
  if (em === undefined) emCache.set(ch, (em = glyphClassEm(ch)));
  return em;
}

export function textWidthPx(text: string, pt: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) em += glyphEm(ch);
  return em * pt * (96 / 72) * (bold ? 1.07 : 1);
}

export function columnsWidthPx(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + w * PX_PER_WIDTH_UNIT, 0) - CELL_PADDING_PX;
}

/** Lines after wrapping at spaces, like Excel does; an over-long word takes its own lines. */
export function wrappedLines(text: string, availablePx: number, pt: number, bold = false): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const w = textWidthPx(word, pt, bold);
      const space = line === 0 ? 0 : textWidthPx(' ', pt, bold);
      if (line > 0 && line + space + w > availablePx) {
        lines++;
        line = w;
      } else line += space + w;
      // A single word wider than the cell wraps by characters.
      while (line > availablePx) {
        lines++;
        line -= availablePx;
      }
    }
  }
  return lines;
}

/** Row height in points for `lines` lines of `pt` text (Excel's own ratio is about 1.3). */
export function rowHeightPt(lines: number, pt: number): number {
  return Math.ceil(lines * pt * 1.3 + 3);
}
