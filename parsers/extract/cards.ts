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
const KEY_RE = /^\p{Lu}[\p{Ll}-]{1,24}(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ()-]{1,20}){0,2}(?: (?:19|20)\d{2})?$/u;
const YEAR_RE = /^(?:19|20)\d{2}$/u;

/**
 * The pieces to the right of a key on its line or within half a line of it: a value set vertically
 * centred beside its key stands on lines half a line above and below the key's (a key beside a
 * value of two lines, or a key of two lines beside a value of one).
 */
function besideKey(pieces: Piece[], key: Piece): Piece[] {
  const reach = Math.max(2, key.fontSize * 0.8);
  return pieces.filter(
    (q) => q !== key && Math.abs(q.y - key.y) <= reach && q.x > key.right + 4 && q.x - key.right < 260,
  );
}

/** A key: a short label with a value standing to its right (see besideKey). */
function keyPieces(pieces: Piece[]): Piece[] {
  return pieces.filter((p) => KEY_RE.test(p.text) && besideKey(pieces, p).length > 0);
}

/** The value's first piece beside a key: the nearest to its right (not a card's key further right). */
function valueRightOf(pieces: Piece[], key: Piece): Piece | undefined {
  return besideKey(pieces, key).sort((a, b) => a.x - b.x)[0];
}

/**
 * Where a record starting at `key` begins: at the key's line, or higher when the key stands centred
 * beside a value of an even number of lines (as many of its lines above the key as below it).
 */
function recordTop(pieces: Piece[], key: Piece, valueX: number): number {
  if (pieces.some((q) => Math.abs(q.y - key.y) < 2 && q.x >= valueX - 3 && q !== key)) return key.y;
  const lead = key.fontSize * 1.6;
  const valueLines = (from: number, step: number): number[] => {
    const ys: number[] = [];
    let y = from;
    for (;;) {
      const next = pieces
        .filter(
          (q) => q.x >= valueX - 3 && (step > 0 ? q.y > y + 1 : q.y < y - 1) && Math.abs(q.y - y) <= lead,
        )
        .sort((a, b) => step * (a.y - b.y))[0];
      // A line with a key of its own at the left belongs to that key.
      if (!next || pieces.some((q) => Math.abs(q.y - next.y) < 2 && q.x < valueX - 3)) break;
      ys.push(next.y);
      y = next.y;
    }
    return ys;
  };
  const below = valueLines(key.y, 1).length;
  const above = valueLines(key.y, -1).slice(0, below);
  return above.length > 0 ? Math.min(key.y, ...above) : key.y;
}

/**
 * The lines of a record in reading order for its keys: where keys stand vertically centred beside their
 * values (a key alone on its line between two lines of its value), the value lines right above a key —
 * as many as stand below it before the next key — are that key's, and move after its line.
 */
function centredKeysFirst(lines: Piece[][], valueX: number): Piece[][] {
  const isKey = (line: Piece[]): boolean => line.some((p) => p.x < valueX - 3);
  const valueOnly = (line: Piece[] | undefined): boolean => line !== undefined && !isKey(line);
  const yOf = (line: Piece[] | undefined): number => line?.[0]?.y ?? Number.NaN;
  const close = (a: Piece[] | undefined, b: Piece[] | undefined): boolean =>
    yOf(b) - yOf(a) <= (a?.[0]?.fontSize ?? 10) * 0.8;
  const centred = lines.some(
    (line, i) =>
      isKey(line) &&
      line.every((p) => p.x < valueX - 3) &&
      valueOnly(lines[i - 1]) &&
      valueOnly(lines[i + 1]) &&
      close(lines[i - 1], line) &&
      close(line, lines[i + 1]),
  );
  if (!centred) return lines;
  const pulled = new Map<number, number[]>();
  const claimed = new Set<number>();
  lines.forEach((line, i) => {
    const key = line.filter((p) => p.x < valueX - 3);
    if (key.length === 0 || !/^[\p{Lu}\d]/u.test(key[0]?.text ?? '')) return;
    let after = 0;
    while (valueOnly(lines[i + 1 + after])) after++;
    const before: number[] = [];
    for (let j = i - 1; j >= 0 && before.length < after && valueOnly(lines[j]) && !claimed.has(j); j--)
      before.unshift(j);
    for (const j of before) claimed.add(j);
    pulled.set(i, before);
  });
  const out: Piece[][] = [];
  lines.forEach((line, i) => {
    if (claimed.has(i)) return;
    const above = (pulled.get(i) ?? []).map((j) => lines[j] as Piece[]);
    if (above.length === 0) {
      out.push(line);
      return;
    }
    // The key, then its value top to bottom: the lines above, the key line's own part, the lines below.
    const own = line.filter((p) => p.x >= valueX - 3);
    out.push(
      line.filter((p) => p.x < valueX - 3),
      ...above,
      ...(own.length > 0 ? [own] : []),
    );
  });
  return out;
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
  for (const line of centredKeysFirst(lines, valueX)) {
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
    // A figure may reach left past the values' edge ("4 837" whose "4" stands under the keys).
    const keyPieces = line.filter((p) => p.x < valueX - 3);
    if (keyPieces.length >= 2 && YEAR_RE.test(keyPieces[0]?.text ?? '')) {
      key = keyPieces[0]?.text ?? key;
      value = [...keyPieces.slice(1).map((p) => p.text), ...(value ? [value] : [])].join(' ');
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
    // A key's year wrapped onto a line of its own ("Ekonomisk effekt" / "2026") under a key that names
    // none, its value beside the key's first line: the key goes on (a year grid's rows carry a figure).
    const wrappedYear =
      row !== undefined && YEAR_RE.test(key) && !value && row.value !== '' && !/\d/.test(row.key);
    if (key && !wrappedYear && (/^\p{Lu}|^\d/u.test(key) || !row)) rows.push({ key, value });
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
      const tops = starts.map((start) =>
        recordTop(inColumn, start, valueRightOf(pieces, start)?.x ?? start.right + 5),
      );
      starts.forEach((start, si) => {
        const top = tops[si] ?? start.y;
        const nextY = tops[si + 1] ?? Number.POSITIVE_INFINITY;
        const maxGap = start.fontSize * 2.4;
        const own: Piece[] = [];
        let lastY = top;
        for (const p of inColumn) {
          if (p.y < top - 1 || p.y >= nextY - 1) continue;
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
          if (/^(?:år|year)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu.test(row.key) && findAmounts(row.value).length === 0) {
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
