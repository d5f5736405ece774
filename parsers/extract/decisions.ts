/**
 * Decision points: the proposal or decision block of a case memo or minutes
 * ("Regiondirektörens förslag", "Förslag till beslut", "Hälso- och sjukvårdsnämnden beslutar att",
 * "… föreslår regionstyrelsen") and its numbered, lettered, bulleted or "att"-clause points.
 */
import type { Decision } from '../schema.ts';
import { type DocLine, joinLines, type Layout, type ListMarker, parseMarker } from './layout.ts';

const GENITIVE_PROPOSAL_RE =
  /^(?<actor>[A-ZÅÄÖ][\p{L}\- ]{2,70}?(?:ens|ets|ns|ts))\s+förslag(?:\s+till\s+(?:beslut|yttrande|nämnden|regionstyrelsen|regionfullmäktige|[\p{L}\- ]{0,40}))?\s*:?$/u;
const GENITIVE_DECISION_RE = /^(?<actor>[A-ZÅÄÖ][\p{L}\- ]{2,70}?(?:ens|ets|ns|ts|iges))\s+beslut\s*:?$/u;
const PLAIN_PROPOSAL_RE =
  /^(?:förslag till beslut|beslutsförslag|förslag till yttrande|förslag till nämnden|förslag till regionstyrelsen|förslag till regionfullmäktige)\s*:?$/i;
const DECISION_HEADING_RE =
  /^(?:beslut|nämndens beslut|styrelsens beslut|fullmäktiges beslut|beslutet)\s*:?$/i;
const DECIDES_RE = /^(?<actor>[A-ZÅÄÖ][\p{L}\- ]{2,80}?)\s+beslutar(?:\s+(?:för egen del\s+)?att)?\s*:?$/u;
const PROPOSES_RE =
  /^(?<actor>[A-ZÅÄÖ][\p{L}\- ]{2,80}?)\s+föreslår\s+(?<to>(?:regionstyrelsen|regionfullmäktige|fullmäktige|nämnden|[\p{L}\- ]{2,60}?nämnden))(?:\s+(?:att|besluta|besluta att|fatta följande beslut))?\s*:?$/iu;
const INLINE_DECIDES_RE =
  /^(?<actor>[A-ZÅÄÖ][\p{L}\- ]{2,80}?)\s+(?<verb>beslutar|föreslår\s+[\p{L}\- ]{2,60}?\s+besluta)\s+att\s+(?<rest>.+)$/u;
const TERMINATOR_RE =
  /^(?:i tjänsten|med vänlig hälsning|beslutsunderlag|underlag för beslut|utdrag till|expedieras|beslutet skickas till|beslutet ska skickas till|skickas till|expedieras till|för kännedom|sändlista|justerandes sign|justering|underskrift|bilaga|bilagor|ärendebeskrivning|ärendet|sammanfattning|bakgrund|yrkanden?|reservation|protokollsanteckning|beslutsgång|propositionsordning|paragraf|§\s*\d+)\b/i;

interface BlockStart {
  kind: Decision['kind'];
  actor: string | null;
  /** Text of the start line that is itself a point (inline "X beslutar att …"). */
  inline: string | null;
}

/** "Regiondirektörens" → "Regiondirektören", "Arbetsutskottets" → "Arbetsutskottet". */
export function nominative(genitive: string): string {
  const trimmed = genitive.trim();
  return /(?:ens|ets|ns|ts|iges)$/.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function blockStart(line: DocLine): BlockStart | null {
  const text = line.text.replace(/\*+/g, '').trim();
  if (text.length > 140) return null;
  let m = GENITIVE_PROPOSAL_RE.exec(text);
  if (m?.groups?.['actor'] && !/^(?:nämnd|region|förvaltning)en$/i.test(m.groups['actor'])) {
    return { kind: 'proposal', actor: capitalize(nominative(m.groups['actor'])), inline: null };
  }
  m = GENITIVE_DECISION_RE.exec(text);
  if (m?.groups?.['actor'])
    return { kind: 'decision', actor: capitalize(nominative(m.groups['actor'])), inline: null };
  if (PLAIN_PROPOSAL_RE.test(text)) return { kind: 'proposal', actor: null, inline: null };
  if (DECISION_HEADING_RE.test(text)) return { kind: 'decision', actor: null, inline: null };
  m = DECIDES_RE.exec(text);
  if (m?.groups?.['actor']) return { kind: 'decision', actor: capitalize(m.groups['actor']), inline: null };
  m = PROPOSES_RE.exec(text);
  if (m?.groups?.['actor']) return { kind: 'proposal', actor: capitalize(m.groups['actor']), inline: null };
  return null;
}

interface Point {
  id: string;
  parentId: string | null;
  marker: ListMarker | null;
  parts: string[];
  page: number;
  actor: string | null;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäö';

export interface DecisionResult {
  decisions: Decision[];
  /** Doc line indexes inside decision blocks: list passes must not read them as measures. */
  consumed: Set<number>;
}

export function extractDecisions(layout: Layout, options: { bodyFontSize: number }): DecisionResult {
  const decisions: Decision[] = [];
  const consumed = new Set<number>();
  const lines = layout.lines;
  let blockCount = 0;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || consumed.has(line.index)) continue;
    const inline = INLINE_DECIDES_RE.exec(line.text);
    const start = blockStart(line) ?? (inline?.groups ? inlineStart(inline.groups) : null);
    if (!start) continue;

    const blockLines: DocLine[] = [];
    let headerLines = 0;
    let inlineLine: DocLine | null = start.inline ? line : null;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j];
      if (!next) break;
      const inlineNext = blockLines.length === 0 && !start.inline ? INLINE_DECIDES_RE.exec(next.text) : null;
      if (inlineNext?.groups) {
        // "Beslut" followed by "Nämnden beslutar att godkänna …": that line is the (first) point.
        const inlineStartNext = inlineStart(inlineNext.groups);
        start.kind = inlineStartNext.kind;
        start.actor = inlineStartNext.actor;
        start.inline = inlineStartNext.inline;
        inlineLine = next;
        headerLines++;
        continue;
      }
      const restart = blockStart(next);
      if (restart && blockLines.length === 0) {
        // "Förslag till beslut" followed by "Nämnden föreslår regionfullmäktige besluta att:": one block,
        // whose actor the second line names.
        start.kind = restart.kind;
        start.actor = restart.actor ?? start.actor;
        consumed.add(next.index);
        headerLines++;
        continue;
      }
      if (TERMINATOR_RE.test(next.text) || restart) break;
      // A bold heading-like line ("Ekonomiska konsekvenser") ends the block.
      if (next.line.bold && !parseMarker(next.text) && next.text.length < 90 && !/[.,;:]$/.test(next.text))
        break;
      // A heading-sized line ends the block (numbered points themselves are body-sized).
      if (next.line.fontSize > options.bodyFontSize * 1.15 && !parseMarker(next.text)) break;
      if (blockLines.length > 80) break;
      blockLines.push(next);
    }
    const points = parsePoints(inlineLine ? [inlineLine, ...blockLines] : blockLines, start);
    if (points.length === 0) continue;
    blockCount++;
    consumed.add(line.index);
    if (inlineLine) consumed.add(inlineLine.index);
    for (const l of blockLines) consumed.add(l.index);
    const prefix = blockCount > 1 ? `${blockCount}.` : '';
    for (const point of points) {
      const text = joinLines(point.parts);
      if (!text) continue;
      decisions.push({
        id: `${prefix}${point.id}`,
        parentId: point.parentId === null ? null : `${prefix}${point.parentId}`,
        kind: start.kind,
        actor: point.actor ?? start.actor,
        text,
        page: point.page,
      });
    }
    i += blockLines.length + headerLines;
  }
  return { decisions, consumed };
}

function inlineStart(groups: Record<string, string>): BlockStart {
  const verb = groups['verb'] ?? '';
  return {
    kind: verb.startsWith('föreslår') ? 'proposal' : 'decision',
    actor: capitalize(groups['actor'] ?? ''),
    inline: `att ${groups['rest'] ?? ''}`,
  };
}

const ACTOR_IN_POINT_RE =
  /^(?<actor>[A-ZÅÄÖ][\p{L}\- ]{2,80}?)\s+(?:föreslår|beslutar|får i uppdrag|uppdras)/u;

function parsePoints(blockLines: DocLine[], start: BlockStart): Point[] {
  const points: Point[] = [];
  let top: Point | null = null;
  let current: Point | null = null;
  let topCount = 0;
  let subCount = 0;
  const preamble: string[] = [];

  blockLines.forEach((line, index) => {
    let text = line.text;
    if (index === 0 && start.inline) text = start.inline;
    const marker = parseMarker(text, { attClauses: true });
    if (!marker) {
      if (current) current.parts.push(text);
      else preamble.push(text);
      return;
    }
    const body = text.slice(marker.length);
    const openTop: Point | null = top;
    // Letters nest under a numbered point ("1. … att: a. … b. …"); on their own they are the points.
    const nested =
      openTop !== null &&
      ((marker.kind === 'letter' && openTop.marker?.kind !== 'letter') ||
        ((marker.kind === 'bullet' || marker.kind === 'att') &&
          /(?:att|följande)\s*:?$|:$/.test(joinLines(openTop.parts))));
    if (nested && openTop) {
      subCount++;
      const label = marker.kind === 'letter' ? marker.label : (LETTERS[subCount - 1] ?? String(subCount));
      current = {
        id: `${openTop.id}${label}`,
        parentId: openTop.id,
        marker,
        parts: [body],
        page: line.page,
        actor: null,
      };
      points.push(current);
      return;
    }
    topCount++;
    subCount = 0;
    const id =
      marker.kind === 'number' ? marker.label : marker.kind === 'letter' ? marker.label : String(topCount);
    const actor = ACTOR_IN_POINT_RE.exec(body)?.groups?.['actor'] ?? null;
    current = { id, parentId: null, marker, parts: [body], page: line.page, actor };
    top = current;
    points.push(current);
  });

  if (points.length === 0 && preamble.length > 0) {
    // An unnumbered decision: the whole block is one point.
    const first = blockLines[0];
    if (first)
      points.push({ id: '1', parentId: null, marker: null, parts: preamble, page: first.page, actor: null });
  }
  return points;
}
