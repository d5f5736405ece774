// Measure cards ("åtgärdskort"): one key–value record per measure. A column of short keys with their
// values to the right, wrapped over lines; the record's first key repeats on every card and marks where
// a new record begins; cards may stand side by side (one key column per card). The title is the value of
// the first key; the effects come from the values of effect-worded keys ("Ekonomisk effekt 2026",
// "Besparing 2027") or from a small year grid inside the card ("År | Effekt (tkr)").
import type { Effect } from '../schema.ts';
import { findAmounts, type MoneyUnit, unitFromHeader } from '../swedish/amounts.ts';
import { categorize } from '../swedish/categories.ts';
import { effectsFromWording, isEffectWording } from '../swedish/effects.ts';
import { clip } from './evidence.ts';
import type { Layout } from './layout.ts';
import type { MeasureDraft } from './measures.ts';

interface Piece {
  text: string;
  x: number;
  right: number;
  y: number;
  fontSize: number;
  lineIndex: number;
  page: number;
}

interface Row {
  key: string;
  value: string;
}

export interface CardResult {
  measures: MeasureDraft[];
  consumed: Set<number>;
  doubts: { page: number; reason: string }[];
}

/** A short label: up to three words, the first capitalised, perhaps ending in a year ("Besparing 2028"). */
const KEY_RE = /^\p{Lu}[\p{Ll}-]{1,24}(?: [\p{L}()-]{1,20}){0,2}(?: (?:19|20)\d{2})?$/u;
const YEAR_RE = /^(?:19|20)\d{2}$/u;

/** A key: a short label with a value standing to its right on the same line. */
function keyPieces(pieces: Piece[]): Piece[] {
  return pieces.filter(
    (p) =>
      KEY_RE.test(p.text) &&
      pieces.some((q) => q !== p && Math.abs(q.y - p.y) < 2 && q.x > p.right + 4 && q.x - p.right < 260),
  );
}

function valueRightOf(pieces: Piece[], key: Piece): Piece | undefined {
  return pieces.filter((q) => Math.abs(q.y - key.y) < 2 && q.x > key.right + 4).sort((a, b) => a.x - b.x)[0];
}

/** The rows of one record: key lines start rows, lowercase key lines continue the key, value lines the value. */
function recordRows(pieces: Piece[], valueX: number): Row[] {
  const lines: Piece[][] = [];
  for (const p of [...pieces].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const last = lines[lines.length - 1];
    if (last && Math.abs((last[0]?.y ?? 0) - p.y) < 2) last.push(p);
    else lines.push([p]);
  }
  const rows: Row[] = [];
  for (const line of lines) {
    let key = line
      .filter((p) => p.x < valueX - 3)
      .map((p) => p.text)
      .join(' ');
    let value = line
      .filter((p) => p.x >= valueX - 3)
      .map((p) => p.text)
      .join(' ');
    // A year grid narrower than the card's key column ("År | Effekt (tkr)" under "Engångskostnad"): its
    // year and figure both stand left of the card's values; the year is the key, the figure its value.
    const keyPieces = line.filter((p) => p.x < valueX - 3);
    if (!value && keyPieces.length >= 2 && YEAR_RE.test(keyPieces[0]?.text ?? '')) {
      key = keyPieces[0]?.text ?? key;
      value = keyPieces
        .slice(1)
        .map((p) => p.text)
        .join(' ');
    }
    // A key and its value printed as one piece ("Engångskostnad 492 tkr").
    if (key && !value && !YEAR_RE.test(key)) {
      const first = findAmounts(key)[0];
      if (first && first.index > 0) {
        value = key.slice(first.index).trim();
        key = key.slice(0, first.index).trim();
      }
    }
    const row = rows[rows.length - 1];
    if (key && (/^\p{Lu}|^\d/u.test(key) || !row)) rows.push({ key, value });
    else if (row) {
      if (key) row.key = `${row.key} ${key}`;
      if (value) row.value = row.value ? `${row.value} ${value}` : value;
    }
  }
  return rows;
}

/** The measure cards of the paper: records under a repeated first key, at least two with an effect. */
export function cardMeasures(
  layout: Layout,
  options: { nextGroup: () => number; years: readonly number[]; skip: ReadonlySet<number> },
): CardResult {
  const result: CardResult = { measures: [], consumed: new Set(), doubts: [] };
  const byPage = new Map<number, Piece[]>();
  for (const line of layout.lines) {
    if (options.skip.has(line.index)) continue;
    const list = byPage.get(line.page) ?? [];
    for (const s of line.line.segments) {
      const text = s.text.trim();
      if (!text) continue;
      list.push({
        text,
        x: s.x,
        right: s.x + s.width,
        y: line.line.y,
        fontSize: line.line.fontSize,
        lineIndex: line.index,
        page: line.page,
      });
    }
    byPage.set(line.page, list);
  }
  // Keys that repeat across the paper; the record's first key is the first of them to appear.
  const keysByPage = new Map<number, Piece[]>();
  const counts = new Map<string, number>();
  for (const [page, pieces] of byPage) {
    const keys = keyPieces(pieces);
    keysByPage.set(page, keys);
    for (const k of keys) counts.set(k.text, (counts.get(k.text) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, n]) => n >= 2);
  if (repeated.length < 2) return result;
  let anchor: string | null = null;
  for (const page of [...keysByPage.keys()].sort((a, b) => a - b)) {
    const first = (keysByPage.get(page) ?? [])
      .filter((k) => (counts.get(k.text) ?? 0) >= 2)
      .sort((a, b) => a.y - b.y || a.x - b.x)[0];
    if (first) {
      anchor = first.text;
      break;
    }
  }
  if (!anchor) return result;
  const anchorCount = counts.get(anchor) ?? 0;
  // A record has several keys: another key repeats about as often as the first.
  if (repeated.filter(([t, n]) => t !== anchor && n >= anchorCount / 2).length < 1) return result;

  const drafts: { draft: MeasureDraft; lines: number[] }[] = [];
  const doubts: { page: number; reason: string }[] = [];
  for (const [page, pieces] of byPage) {
    const anchors = (keysByPage.get(page) ?? []).filter((k) => k.text === anchor);
    if (anchors.length === 0) continue;
    // Columns of cards: anchors at about the same x.
    const columns: Piece[][] = [];
    for (const a of [...anchors].sort((p, q) => p.x - q.x)) {
      const col = columns.find((c) => Math.abs((c[0]?.x ?? 0) - a.x) < 60);
      if (col) col.push(a);
      else columns.push([a]);
    }
    columns.sort((a, b) => (a[0]?.x ?? 0) - (b[0]?.x ?? 0));
    const valueXs = columns.map((c) => Math.min(...c.map((a) => valueRightOf(pieces, a)?.x ?? a.right + 5)));
    const bounds = columns.map((c, i) => {
      const left = i === 0 ? 0 : ((valueXs[i - 1] ?? 0) + Math.min(...c.map((a) => a.x))) / 2;
      const next = columns[i + 1];
      const right = next
        ? ((valueXs[i] ?? 0) + Math.min(...next.map((a) => a.x))) / 2
        : Number.POSITIVE_INFINITY;
      return { left, right };
    });
    // The heights of the page's rows, any column: a card beside one whose value wraps has no piece on
    // that row, and the gap it leaves in its own column is no end of the card.
    const rowYs = [...new Set(pieces.map((p) => Math.round(p.y * 2) / 2))].sort((a, b) => a - b);
    const blankBetween = (from: number, to: number, maxGap: number): boolean => {
      let last = from;
      for (const y of rowYs) {
        if (y <= from + 1) continue;
        if (y >= to - 1) break;
        if (y - last > maxGap) return true;
        last = y;
      }
      return to - last > maxGap;
    };
    columns.forEach((col, ci) => {
      const { left, right } = bounds[ci] ?? { left: 0, right: 0 };
      const inColumn = pieces.filter((p) => p.x >= left && p.x < right).sort((a, b) => a.y - b.y);
      const starts = [...col].sort((a, b) => a.y - b.y);
      starts.forEach((start, si) => {
        const nextY = starts[si + 1]?.y ?? Number.POSITIVE_INFINITY;
        const maxGap = start.fontSize * 2.4;
        const own: Piece[] = [];
        let lastY = start.y;
        for (const p of inColumn) {
          if (p.y < start.y - 1 || p.y >= nextY - 1) continue;
          if (p.y - lastY > maxGap && blankBetween(lastY, p.y, maxGap)) break;
          own.push(p);
          lastY = Math.max(lastY, p.y);
        }
        const valueX = valueRightOf(pieces, start)?.x ?? start.right + 5;
        const rows = recordRows(own, valueX);
        const titleRow = rows[0];
        if (!titleRow?.value) return;
        const numbered = /^(\d{1,2})[.)]\s+/u.exec(titleRow.value);
        const title = numbered ? titleRow.value.slice(numbered[0].length) : titleRow.value;
        const effects: Effect[] = [];
        const seen = new Set<number>();
        let gridUnit: MoneyUnit | null = null;
        let gridHead = false;
        let description: string | null = null;
        for (const row of rows.slice(1)) {
          if (YEAR_RE.test(row.key) && row.value) {
            if (!gridHead) continue;
            const year = Number(row.key);
            if (!gridUnit) {
              doubts.push({
                page,
                reason: `card "${clip(title, 60)}": a year grid without a unit (${row.key} ${row.value})`,
              });
              continue;
            }
            const amount = findAmounts(row.value, { defaultUnit: gridUnit })[0];
            if (amount && !seen.has(year)) {
              seen.add(year);
              effects.push({
                year,
                amountMsek: amount.amountMsek,
                type: 'unspecified',
                baselineYear: null,
                raw: amount.raw,
              });
            }
            continue;
          }
          const text = `${row.key}: ${row.value}`;
          if (/^(?:år|year)(?!\p{L})/iu.test(row.key) && findAmounts(row.value).length === 0) {
            // The head of a year grid ("År  Effekt (tkr)"): its unit counts for the figures below.
            gridHead = true;
            const head = `${row.key} ${row.value}`;
            const unitText = /\(([^)]{2,20})\)/u.exec(head)?.[1];
            gridUnit = unitText ? unitFromHeader(unitText) : null;
            continue;
          }
          const amounts = findAmounts(row.value);
          if (amounts.length === 0) {
            if (!description && row.value) description = row.value;
            continue;
          }
          if (!isEffectWording(`${row.key}:`)) continue;
          const keyYear = /(?:19|20)\d{2}/u.exec(row.key);
          for (const e of effectsFromWording(text, {
            fallbackYear: keyYear ? Number(keyYear[0]) : null,
            years: options.years,
            onDoubt: (reason) => doubts.push({ page, reason }),
          })) {
            if (seen.has(e.year)) continue;
            seen.add(e.year);
            effects.push(e);
          }
        }
        drafts.push({
          draft: {
            label: numbered?.[1] ?? null,
            title,
            category: categorize(title, description ?? undefined),
            subMeasureCount: null,
            subMeasures: [],
            description,
            effects,
            page,
            evidence: clip(`${anchor} ${titleRow.value}`, 200),
            source: 'table',
            group: 0,
            line: start.lineIndex,
          },
          lines: own.map((p) => p.lineIndex),
        });
      });
    });
  }
  if (drafts.filter((d) => d.draft.effects.length > 0).length < 2) return result;
  const group = options.nextGroup();
  for (const { draft, lines } of drafts) {
    draft.group = group;
    result.measures.push(draft);
    for (const l of lines) result.consumed.add(l);
  }
  result.doubts.push(...doubts);
  return result;
}

/**
 * The year tables that are not the cards' own: a table standing wholly on lines the cards took (a card's
 * grid "År  Effekt (mnkr)", or wrapped effect keys "Ekonomisk" / "effekt 2026" beside the next card's
 * figures, read as a table of their own) is the cards' content, and its rows are no measures. Without
 * cards every table is kept.
 */
export function tablesOutsideCards<T extends { lineIndexes: Iterable<number> }>(
  tables: T[],
  cards: Pick<CardResult, 'measures' | 'consumed'>,
): T[] {
  if (cards.measures.length === 0) return tables;
  return tables.filter((t) => ![...t.lineIndexes].every((i) => cards.consumed.has(i)));
}
