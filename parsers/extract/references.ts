/**
 * References to earlier decisions: which body decided, when, and under which §
 * ("Regionstyrelsen beslutade 30 september 2025 (§147)", "Hälso- och sjukvårdsnämnden beslutade vid
 * sitt sammanträde 14 juni 2023", "Regionfullmäktige beslutade (§114) enligt förslag").
 */
import type { Reference } from '../schema.ts';
import { findDates, findParagraphRefs } from '../swedish/dates.ts';
import { foldAccents, sentenceAround } from '../swedish/text.ts';
import { clip } from './evidence.ts';
import { type DocLine, type Layout, normalizeText } from './layout.ts';

const DECISION_VERB_RE =
  /\b(?:beslutade|beslöt|(?:har|hade)\s+(?:tidigare\s+|redan\s+|också\s+|även\s+)?(?:beslutat|behandlat|fastställt|godkänt)|fattade beslut|har fattat beslut|tog beslut|hanterade|hanterades|behandlade|behandlades|antog|har antagit|antogs|fastställde|fastställdes|godkände|godkändes|gav\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ\- ]{2,60}?\s+i uppdrag|uppdrog|beviljade|begärde|uppmanade|ålade|enligt beslut)\b/iu;

/**
 * A board's own name, nominative or genitive: nämnder, styrelser, fullmäktige, utskott — also named by
 * what it is for ("Nämnden för hälso- och sjukvård", "Styrelsen för folktandvården", "Beredningen för
 * primärvård och tandvård"), or by the part of the county it serves, a compass word before a compound
 * board ("Västra hälso- och sjukvårdsnämnden", "Norra sjukvårdsnämnden": a region's several boards of
 * one kind are told apart so).
 */
const BOARD_SRC =
  '(?:norra|södra|östra|västra|mellersta)\\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+-\\s(?:och|eller)\\s)?[A-Za-zªµºÀ-ÖØ-öø-ɏ]+nämnd(?:en|ens)?|(?:nämnd(?:en|ens)?|styrelsen?s?|beredning(?:en|ens)?)\\s+för\\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+-\\s(?:och|eller)\\s)?(?:[\\p{Ll}]+(?:isk|iska|erad|erade)\\s+)?[A-Za-zªµºÀ-ÖØ-öø-ɏ]{3,}(?:\\s+och\\s+[\\p{Ll}]*(?:vård|hälsa|omsorg|service|stöd|utbildning|kultur|trafik|utveckling)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))?|(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+-\\s(?:och|eller)\\s)?[A-Za-zªµºÀ-ÖØ-öø-ɏ]*nämnd(?:en|ens)?|region(?:styrelsen|fullmäktige)s?|landstings(?:styrelsen|fullmäktige)s?|kommun(?:styrelsen|fullmäktige)s?|fullmäktiges?|(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+-\\s(?:och|eller)\\s)?[A-Za-zªµºÀ-ÖØ-öø-ɏ]*styrelsens?|direktion(?:en|ens)?';
/**
 * A committee of a board is its own body: "Hälso- och sjukvårdsnämndens arbetsutskott",
 * "Regionstyrelsens personalutskott", "nämndens presidium".
 */
const COMMITTEE_SRC =
  '[A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?:utskott(?:et|ets|s)?|presidi(?:um|et|ets)|beredning(?:en|ens)?)';
/** Board abbreviations in capitals: RS, RF, HSN, RSAU, HSNAU, PVN … (any 2–6 capitals ending in a board letter). */
const ABBREVIATION_SRC = 'RS|RF|LF|HSN|HSU|RSAU|HSNAU|[A-ZÅÄÖ]{1,4}(?:N|S|AU|U)';

/** A decision-making body (Unicode-aware word edges: JavaScript's \b treats å/ä/ö as non-letters). */
export const BODY_RE = new RegExp(
  `(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\\p{N}])(?:(?:${BOARD_SRC})s?\\s+${COMMITTEE_SRC}|${BOARD_SRC}|${COMMITTEE_SRC}|regeringen|${ABBREVIATION_SRC})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\\p{N}])`,
  'giu',
);

/**
 * A capitalised adjective of a derived kind ("Regionala", "Gemensamma", "Kulturella", "Politiska") right
 * before a lower-case board noun: the first word of the board's proper name. Only derivational endings
 * (-al, -ell, -isk, -sam in the definite form), so "Hela nämnden", "Berörda nämnden" stay the bare noun.
 */
const NAME_ADJECTIVE_RE = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}])\p{Lu}\p{Ll}+(?:ala|ella|iska|samma)[ \t]+$/u;

/** A whole word the abbreviation alternative matches, in any case (built once, not per match). */
const WHOLE_ABBREVIATION_RE = new RegExp(`^(?:${ABBREVIATION_SRC})$`, 'iu');

/** Capital words that look like abbreviations but name no board. */
const NOT_BOARDS = new Set([
  'SUS',
  'NUS',
  'SOS',
  'SKR',
  'SCB',
  'IVO',
  'EU',
  'AI',
  'IT',
  'KS',
  'VGR',
  'USÖ',
  'SLL',
]);

/** Board names in a text: abbreviations only in capitals ("rs" is no board); a bare "nämnd" names none. */
export function findBodies(
  text: string,
  options: { anyAbbreviation?: boolean; abbreviations?: ReadonlyMap<string, string> } = {},
): { raw: string; body: string; index: number }[] {
  const out: { raw: string; body: string; index: number }[] = [];
  const defined = options.abbreviations;
  const definedRe = defined && defined.size > 0 ? abbreviationsRe(defined) : null;
  // Without an abbreviation of its own, a text names a board only with one of the words every board
  // name has, or a known abbreviation's capitals: most lines have neither, and need no scan.
  if (
    options.anyAbbreviation !== true &&
    !BODY_WORD_RE.test(text) &&
    !KNOWN_ABBREVIATION_RE.test(text) &&
    !definedRe?.test(text)
  )
    return out;
  BODY_RE.lastIndex = 0;
  for (let m = BODY_RE.exec(text); m !== null; m = BODY_RE.exec(text)) {
    let raw = m[0];
    // A board's proper name may open with a capitalised adjective: "Regionala utvecklingsnämnden",
    // "Gemensamma nämnden för …" — the name is the whole phrase, not its lower-case noun.
    const adjective = /^\p{Ll}/u.test(raw)
      ? NAME_ADJECTIVE_RE.exec(text.slice(Math.max(0, m.index - 40), m.index))
      : null;
    // "Nämnden för hälso- och sjukvård" is a name; "nämnden för beslut", "Nämnden för att …" are not.
    // In lower case ("… till nämnden för sin del") only a field of care or work names one ("nämnden för
    // primärvård", "… för folkhälsa och tandvård").
    const forName =
      /^([A-Za-zªµºÀ-ÖØ-öø-ɏ]+)\s+för\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+-\s(?:och|eller)\s)?([A-Za-zªµºÀ-ÖØ-öø-ɏ]+)/u.exec(
        raw,
      );
    if (
      forName?.[1] &&
      (NOT_A_FIELD_RE.test(forName[2] ?? '') ||
        (!adjective && !/^\p{Lu}/u.test(raw) && !FIELD_WORD_RE.test(raw.split(/\s+/).at(-1) ?? '')))
    )
      raw = forName[1];
    if (BARE_BOARD_WORD_RE.test(raw)) continue;
    // Abbreviations the project does not know ("PVN") name a board only where a citation follows
    // ("PVN § 12"); elsewhere capitals are as often a plan's or a unit's acronym.
    if (SHORT_WORD_RE.test(raw) && raw === raw.toUpperCase()) {
      const own = defined?.get(raw);
      if (own) out.push({ raw, body: own, index: m.index });
      else if (!NOT_BOARDS.has(raw) && (raw in BODY_ABBREVIATIONS || options.anyAbbreviation === true))
        out.push({ raw, body: normalizeBody(raw), index: m.index });
      continue;
    }
    // Lower- or mixed-case short words caught by the abbreviation alternative ("rs", "Hus").
    if (WHOLE_ABBREVIATION_RE.test(raw) && !BOARD_STEM_RE.test(raw)) continue;
    if (adjective) {
      const start = m.index - adjective[0].length;
      const named = text.slice(start, m.index) + raw;
      out.push({ raw: named, body: normalizeBody(named), index: start });
      continue;
    }
    out.push({ raw, body: normalizeBody(raw), index: m.index });
  }
  // A paper's own abbreviations of any letters ("Nämnden för specialiserad vård (NSV)" … "NSV § 12"),
  // where BODY_RE's capitals did not read them.
  if (definedRe && defined) {
    const at = new Set(out.map((b) => b.index));
    const before = out.length;
    definedRe.lastIndex = 0;
    for (const m of text.matchAll(definedRe)) {
      const body = defined.get(m[0]);
      if (body && !at.has(m.index)) out.push({ raw: m[0], body, index: m.index });
    }
    if (out.length > before) out.sort((a, b) => a.index - b.index);
  }
  return out;
}

/** Whole-word matches of a paper's own board abbreviations (built once per paper's map). */
const ABBREVIATIONS_RE = new WeakMap<ReadonlyMap<string, string>, RegExp>();
function abbreviationsRe(defined: ReadonlyMap<string, string>): RegExp {
  const known = ABBREVIATIONS_RE.get(defined);
  if (known) {
    known.lastIndex = 0;
    return known;
  }
  const re = new RegExp(
    `(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\\p{N}])(?:${[...defined.keys()].join('|')})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\\p{N}])`,
    'gu',
  );
  ABBREVIATIONS_RE.set(defined, re);
  return re;
}

/**
 * The abbreviations a paper defines for its boards: a board's name followed by capitals in parentheses,
 * "Hälso- och sjukvårdsnämnden (HSN)", "Nämnden för specialiserad vård (NSV)", "Regionstyrelsens
 * arbetsutskott (RSAU)". Wherever the capitals stand after, they are that board. The capitals must begin
 * with the name's first letter: "(M)", "(KD)" after a name are a party, not the board's short name.
 */
export function definedBoardAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text.includes('(')) return out;
  for (const b of findBodies(text)) {
    if (SHORT_WORD_RE.test(b.raw) && b.raw === b.raw.toUpperCase()) continue;
    const m = /^\s*\(\s*([A-ZÅÄÖ]{2,6})\s*\)/u.exec(
      text.slice(b.index + b.raw.length, b.index + b.raw.length + 12),
    );
    const abbreviation = m?.[1];
    if (!abbreviation || NOT_BOARDS.has(abbreviation)) continue;
    if (foldAccents(abbreviation[0] ?? '') !== foldAccents(b.body[0]?.toUpperCase() ?? '')) continue;
    if (!out.has(abbreviation)) out.set(abbreviation, b.body);
  }
  return out;
}

/** Words after "för" that name no field a board is for (an errand, a purpose, a pronoun). */
const NOT_A_FIELD_RE =
  /^(?:att|det|den|detta|denna|dessa|de|dem|en|ett|sin|sitt|sina|dess|sig|beslut|kännedom|yttrande|information|behandling|godkännande|handläggning|år|året|perioden)$/iu;
/** A field a board is for, by its word's ending: "primärvård", "folkhälsa", "äldreomsorg", "kollektivtrafik". */
const FIELD_WORD_RE = /(?:vård|hälsa|omsorg|service|stöd|utbildning|kultur|trafik|utveckling)$/iu;
// "Styrelsen" alone is read (a paper to a styrelse cites its own board so: withOwnBody), "styrelse" is not.
const BARE_BOARD_WORD_RE = /^(?:nämnd|utskott|styrelse|presidium|beredning|direktion)$/i;
const SHORT_WORD_RE = /^[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,6}$/u;
const BOARD_STEM_RE = /(?:nämnd|utskott|styrelse)/iu;
/**
 * A word every name BODY_RE reads other than an abbreviation has (same flags, so the same letters
 * match), and the capitals of every abbreviation in BODY_ABBREVIATIONS.
 */
const BODY_WORD_RE = /nämnd|styrelse|fullmäktige|utskott|presidi|beredning|regeringen|direktion/iu;
const KNOWN_ABBREVIATION_RE = /RS|RF|HS|LS|LF/;

/** The abbreviations board papers cite decisions with ("RS § 147", "HSN 2024-03-20 § 45"). */
const BODY_ABBREVIATIONS: Record<string, string> = {
  RS: 'Regionstyrelsen',
  RF: 'Regionfullmäktige',
  HSN: 'Hälso- och sjukvårdsnämnden',
  HSU: 'Hälso- och sjukvårdsutskottet',
  RSAU: 'Regionstyrelsens arbetsutskott',
  HSNAU: 'Hälso- och sjukvårdsnämndens arbetsutskott',
  // The county councils' boards before they became regions (2019): papers still cite their decisions.
  LS: 'Landstingsstyrelsen',
  LF: 'Landstingsfullmäktige',
};

export function normalizeBody(raw: string): string {
  const abbreviation = BODY_ABBREVIATIONS[raw.trim()];
  if (abbreviation) return abbreviation;
  let body = raw.replace(/\s+/g, ' ').trim();
  // Genitive → nominative on the last word only: "hälso- och sjukvårdsnämndens" → "Hälso- och
  // sjukvårdsnämnden"; "Regionstyrelsens arbetsutskotts" → "Regionstyrelsens arbetsutskott".
  if (/(?:nämndens|styrelsens|fullmäktiges|utskottets|utskotts|presidiets|beredningens)$/i.test(body))
    body = body.slice(0, -1);
  if (/^nämnd$/i.test(body)) body = 'nämnden';
  return body.charAt(0).toUpperCase() + body.slice(1);
}

interface Mention {
  body: string;
  index: number;
}

function bodiesIn(text: string, abbreviations?: ReadonlyMap<string, string>): Mention[] {
  return findBodies(text, abbreviations ? { abbreviations } : {}).map(({ body, index }) => ({ body, index }));
}

/** A diarienummer ("RS 2021/317", "HSN 2023/412", "Dnr 2024/88"): a case number, never a § number. */
const DIARIENUMMER_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}])(?:(?:dnr|diarienr|diarienummer)\.?:?\s*)?((?:[A-ZÅÄÖ]{1,6}[\s-]?)?(?:19|20)\d{2}\s?\/\s?\d{1,6}(?:[:.-]\d{1,4})?)(?![\p{N}])/gu;

export function findDiarienummer(text: string): { value: string; index: number; end: number }[] {
  const out: { value: string; index: number; end: number }[] = [];
  for (const m of text.matchAll(DIARIENUMMER_RE)) {
    const value = (m[1] ?? '').replace(/\s+/g, ' ').trim();
    // A bare "2023/24" is a season, not a case: a case number has a board prefix or a "Dnr" before it.
    if (!/^[A-ZÅÄÖ]/u.test(value) && !/^(?:dnr|diarie)/iu.test(m[0])) continue;
    out.push({ value, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * What may stand between a board's name and the date of its decision: a verb ("beslutade"), the
 * auxiliary alone when the verb follows the citation ("har 2025-03-12, § 74, begärt"), "den",
 * "vid sitt sammanträde", the decision as a noun after the verb ("gav i beslut 2026-07-19 § 61 …") — and after a genitive the decision itself as a noun ("regionstyrelsens
 * beslut 2024-03-05 § 166", "nämndens protokoll den 4 maj"; GENITIVE_DECISION_RE).
 */
const BEFORE_DATE_RE =
  /^[\s,]*(?:(?:har\s+|hade\s+)?(?:beslutade|beslöt|beslutat|gav|antog|antagit|fastställde|godkände|behandlade|uppdrog|beviljade|begärde|uppmanade|ålade)\s+|(?:har|hade)\s+(?=(?:den\s+)?\d))?(?:(?:den|vid\s+(?:sitt\s+)?sammanträde(?:t)?(?:\s+den)?|(?:i|på)\s+(?:sitt\s+)?sammanträde(?:t)?(?:\s+den)?|(?:i|genom)\s+(?:ett\s+)?beslut(?:et)?(?:\s+den)?)\s+)?/iu;
/**
 * The decision, or where it was taken, as a noun after a board's genitive: "beslut", "beslutet",
 * "protokoll den", "sammanträde", "möte".
 */
const GENITIVE_DECISION_RE =
  /^\s+(?:beslut(?:et)?|protokoll(?:et)?|sammanträde(?:t)?|möte(?:t)?)\s+(?:den\s+)?/iu;
/** Words before a board that make "Body date" a citation even without a §: "beslut i", "enligt", "se". */
const CITATION_CUE_RE =
  /(?:beslut[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|enligt|jfr\.?|jämför|se|protokoll[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|antogs|fastställdes|godkändes|behandla[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s+){0,2}$/iu;

export interface Citation {
  body: string;
  date: string | null;
  paragraph: string | null;
  /** Year of "§ 112/2023". */
  paragraphYear: number | null;
  /** The last § of a range whose sign OCR misread ("58 73-75" for "§§ 73–75"). */
  through?: string;
  index: number;
  end: number;
}

/**
 * Citations of a decision by board, date and paragraph, whatever verb stands around them:
 * "Regionstyrelsen 2024-03-12, § 45", "HSN 2019-05-14, § 63", "Regionstyrelsen 2018-02-20, 41"
 * (no § sign: a number after the date and a comma), "(RS § 82)", "(HSN § 41/2025)",
 * "regionfullmäktige § 112/2023", "beslut i regionstyrelsen 2025-01-28 § 9", "19-11-05".
 * A name and a date alone count only after a citing word ("beslut i …", "enligt …") and when the
 * date is not the paper's own (a letterhead "Regionstyrelsen 2024-05-20" cites nothing).
 * `lineBreaks` are offsets where a line ended: a board's name and a § on different lines without a
 * date between them are a minutes heading ("Regionstyrelsen" / "§ 147 Ekonomi …"), not a citation.
 */
const DIGIT_RE = /\d/;

export function findCitations(
  text: string,
  options: {
    defaultYear: number | null;
    documentDate?: string | null;
    lineBreaks?: number[];
    /** The paper's own board abbreviations (definedBoardAbbreviations). */
    abbreviations?: ReadonlyMap<string, string>;
  },
): Citation[] {
  const out: Citation[] = [];
  // A citation has a date, a § or a number after the board: digits, which most prose lacks.
  if (!DIGIT_RE.test(text)) return out;
  const dateOptions = options.defaultYear
    ? { defaultYear: options.defaultYear, shortYears: true }
    : { shortYears: true };
  const bodyOptions = options.abbreviations
    ? { anyAbbreviation: true, abbreviations: options.abbreviations }
    : { anyAbbreviation: true };
  const bodies = findBodies(text, bodyOptions);
  for (const body of bodies) {
    const bodyEnd = body.index + body.raw.length;
    let cursor = bodyEnd;
    const tail = text.slice(cursor, cursor + 120);
    // An abbreviation's genitive takes a colon: "PVN:s protokoll 2025-03-12, § 45", "RS:s beslut …".
    const colonGenitive =
      /^:s(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}])/u.test(tail) && body.raw === body.raw.toUpperCase();
    const genitive = colonGenitive
      ? GENITIVE_DECISION_RE.exec(tail.slice(2))
      : /\p{Ll}s$/u.test(body.raw) && !/s$/iu.test(body.body)
        ? GENITIVE_DECISION_RE.exec(tail)
        : null;
    const lead = genitive
      ? `${colonGenitive ? ':s' : ''}${genitive[0]}`
      : (BEFORE_DATE_RE.exec(tail)?.[0] ?? '');
    let date: string | null = null;
    const firstDate = findDates(tail.slice(lead.length), dateOptions)[0];
    if (firstDate && firstDate.index === 0 && firstDate.iso) {
      date = firstDate.iso;
      cursor += lead.length + firstDate.end;
    }
    // "HSN 2025/3939, § 61": the board's own case number before its §, a diarienummer, no date —
    // the § after it is still that board's. The prefix names the register the case is kept in, not
    // always the board that decided: another board the sentence names before it ("Regionfullmäktige
    // beslutade … (RS 2024/345, § 112)") is the decider, and the § is left to that sentence's subject.
    // The same board named before its own case number ("i hälso- och sjukvårdsnämnden (dnr HSN …, §")
    // still holds it.
    if (date === null) {
      const dnr = findDiarienummer(text.slice(body.index, body.index + 40))[0];
      if (dnr && dnr.index === 0 && body.index + dnr.end > cursor) {
        const sentenceStart = sentenceAround(text, body.index, bodyEnd).start;
        if (bodies.some((b) => b.index >= sentenceStart && b.index < body.index && b.body !== body.body))
          continue;
        cursor = body.index + dnr.end;
      }
    }
    // "…, § 45", "… (§ 166)", "… § 9"
    const sep = /^\s*(,)?\s*\(?\s*/u.exec(text.slice(cursor, cursor + 8));
    const afterSep = cursor + (sep?.[0].length ?? 0);
    let paragraph: string | null = null;
    let paragraphYear: number | null = null;
    let through: string | null = null;
    let end = cursor;
    const par = findParagraphRefs(text.slice(afterSep, afterSep + 24))[0];
    if (par && par.index === 0) {
      const crossesLine =
        date === null && (options.lineBreaks ?? []).some((b) => b >= bodyEnd && b < afterSep);
      if (!crossesLine) {
        paragraph = par.paragraph;
        paragraphYear = par.year;
        end = afterSep + par.end;
      }
    } else if (date !== null || text.slice(Math.max(0, body.index - 1), body.index) === '(') {
      // OCR reads a "§" as "8", "3", "5", "S" or "$": "beslutade 18-09-08 3 126 att …", "den 4 januari,
      // 8 176, att …" — a lone such character and a number right after a board's date, where nothing
      // but a § number stands, the number ending the citation (a comma, "att", "om", a parenthesis).
      // Inside parentheses, "(HSNAU 38 172)": one or two such characters, the number closing them.
      // The sign may be lost altogether ("beslut 2024-11-02 205.") or read as "&"; the clause may go on
      // with its verb ("… beslut 2024-11-02 3 75 ska …"). A decimal ("12,5") or a word after the number
      // is no §.
      // "§§" read as two such characters stands before a range ("2025-11-12, 58 73-75" for "§§ 73–75");
      // inside parentheses the decision's date may follow the number ("(HSN 8 234, 2024-09-18)").
      const misread = (
        date !== null
          ? /^(?:[358S$&]\s|[358S$&]{2}\s(?=\d{1,3}\s*[-–]\s*\d))?(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?(?=\s*(?:[,.;)](?!\d)|(?:att|om|och|ska|skulle)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|$))/u
          : /^[358S$]{1,2}\s(\d{1,3})(?=\s*(?:\)|,\s*(?:(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\s+\p{Ll}+\s+(?:19|20)\d{2})\s*\)))/u
      ).exec(text.slice(afterSep, afterSep + 24));
      // "Regionstyrelsen 2018-02-20, 41": the paragraph without its sign ("…, 1 250 000 kr" is money).
      const bare =
        sep?.[1] === ','
          ? /^(\d{1,3})(?![\p{N}]|[.,:/-]\d|\s\d|\s*(?:%|[A-Za-zªµºÀ-ÖØ-öø-ɏ]))/u.exec(
              text.slice(afterSep, afterSep + 12),
            )
          : null;
      // Without its sign the number must stand on the date's line: a point "1." opening the next line
      // is no §.
      const signless = misread?.[1] !== undefined && misread[0].startsWith(misread[1]);
      const nextLine =
        /\n/u.test(text.slice(cursor, afterSep)) ||
        (options.lineBreaks ?? []).some((b) => b >= cursor && b < afterSep);
      if (misread?.[1] && !(signless && nextLine)) {
        paragraph = `§${Number(misread[1])}`;
        end = afterSep + misread[0].length;
        const last = misread[2] ? Number(misread[2]) : null;
        if (last !== null && !signless && last > Number(misread[1]) && last - Number(misread[1]) <= 20)
          through = `§${last}`;
      } else if (bare?.[1]) {
        paragraph = `§${Number(bare[1])}`;
        end = afterSep + bare[1].length;
      }
    }
    if (date === null && paragraph === null) continue;
    if (paragraph === null) {
      const before = text.slice(Math.max(0, body.index - 40), body.index);
      if (!CITATION_CUE_RE.test(before)) continue;
      if (options.documentDate && date === options.documentDate) continue;
    }
    out.push({
      body: body.body,
      date,
      paragraph,
      paragraphYear,
      ...(through ? { through } : {}),
      index: body.index,
      end,
    });
  }
  return out;
}

/**
 * A § that OCR read as "8", "3", "5", "S" or "$" right after a decision's date, alone in parentheses or
 * after a comma ("… den 10 oktober 2025 (8 59) och …", "… 2025-10-10, 5 59, att …"): where nothing but the
 * decision's § stands, a lone such character and a number closing the citation.
 */
function misreadParagraphAfterDate(text: string): { paragraph: string; through?: string } | null {
  const m =
    /^\s*\(\s*[358S$]\s(\d{1,3})\s*\)/u.exec(text) ??
    /^\s*,\s*[358S$&]\s(\d{1,3})(?=\s*(?:[,.;](?!\d)|(?:att|om|och|ska|skulle)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|$))/u.exec(
      text,
    ) ??
    // "§§ 73–75" read as "58 73-75": two such characters before a range.
    /^\s*,\s*[358S$&]{2}\s(\d{1,3})\s*[-–]\s*(\d{1,3})(?=\s*(?:[,.;](?!\d)|(?:att|om|och|ska|skulle)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|$))/u.exec(
      text,
    );
  if (!m?.[1]) return null;
  const first = Number(m[1]);
  const last = m[2] ? Number(m[2]) : null;
  return last !== null && last > first && last - first <= 20
    ? { paragraph: `§${first}`, through: `§${last}` }
    : { paragraph: `§${first}` };
}

/**
 * The date of a citation that has none of its own ("(RS § 21)"), from the sentence around it: the
 * nearest date before it ("… följde upp uppdraget den 4 februari 2026 (RS § 21)"), else the nearest
 * after it. A date inside another citation of the sentence ("(RF 2025-06-17, § 94) och …") is that
 * decision's, never this one's.
 */
function dateBesideCitation(
  sentence: { text: string; start: number },
  citation: Citation,
  all: readonly Citation[],
  defaultYear: number | null,
): string | null {
  const dates = findDates(sentence.text, {
    shortYears: true,
    ...(defaultYear ? { defaultYear } : {}),
  }).filter((d) => {
    if (d.iso === null) return false;
    const at = sentence.start + d.index;
    return !all.some((o) => o !== citation && at >= o.index && at < o.end);
  });
  const at = citation.index - sentence.start;
  return (dates.filter((d) => d.end <= at).at(-1) ?? dates.find((d) => d.index >= at))?.iso ?? null;
}

/** A footnote's or a numbered item's number and the capital that opens its text: "2 Regionfullmäktige", "3. Enligt". */
const NOTE_START_RE = /^\d{1,2}[.)]?\s+\p{Lu}/u;

export function extractReferences(
  layout: Layout,
  options: { consumed: Set<number>; defaultYear: number | null; documentDate?: string | null },
): Reference[] {
  const references: (Reference & { at: number })[] = [];
  // Rows of a table of earlier decisions are read cell by cell; their lines are not read again as text.
  const rows = tableRowCitations(layout, options);
  const taken = new Set([...options.consumed, ...rows.lines]);
  // A board named once with its abbreviation in parentheses is cited by the abbreviation anywhere after.
  const abbreviations = definedBoardAbbreviations(layout.lines.map((l) => l.text).join('\n'));
  let order = 0;
  // Decision points are read apart (their lines are left out of the text blocks) and only for a full
  // citation — a board with its decision's date or § ("att upphäva regionstyrelsens beslut 2023-05-07,
  // § 146, …"): a point names the decision it changes by the same anchor as the text does. A point's
  // verb ("att uppdra åt regionstyrelsen att …") is the decision being taken, no earlier one.
  const blocks = [
    ...citationBlocks(layout, taken).map((b) => ({ ...b, points: false })),
    ...pointRuns(layout, options.consumed, new Set(rows.lines)).map((b) => ({ ...b, points: true })),
  ];
  for (const block of blocks) {
    let text = '';
    const starts: { offset: number; page: number }[] = [];
    for (const line of block.lines) {
      // A line opened by a note's or a list item's number after a finished sentence ("… § 90." / "2
      // Regionfullmäktige fastställde …") starts a sentence of its own: a full stop before a digit is no
      // boundary in running text ("… 2025. 3 …" may be one sentence), so the lines are set a blank line
      // apart. Otherwise one note's citation would take another note's date, and a note the verb reads
      // would be skipped as a sentence already cited.
      if (text && /[.!?]\s*$/u.test(text) && NOTE_START_RE.test(line.text)) text += '\n\n';
      // A date wrapped at one of its hyphens ("2024-01-" / "01, § 87") is one word again.
      else if (text && !(/\d[-\u2010\u2011]$/u.test(text) && /^\d/u.test(line.text))) text += ' ';
      starts.push({ offset: text.length, page: line.page });
      text += line.text;
    }
    const pageAt = (offset: number): number => {
      let page = block.page;
      for (const start of starts) if (start.offset <= offset) page = start.page;
      return page;
    };
    const diarienummerIn = (sentence: string): string | null => findDiarienummer(sentence)[0]?.value ?? null;
    const citations = findCitations(text, {
      defaultYear: options.defaultYear,
      documentDate: options.documentDate ?? null,
      lineBreaks: starts.map((s) => s.offset - 1).filter((o) => o > 0),
      abbreviations,
    });
    const citedSentences = new Set<number>();
    for (const c of citations) {
      if (block.points && !citesEarlierDecision(text, c, options.documentDate ?? null)) continue;
      const sentence = sentenceAround(text, c.index, c.end);
      citedSentences.add(sentence.start);
      const diarienummer = diarienummerIn(sentence.text);
      // "(RSAU § 70)" after "… har den 5 maj 2024 behandlat ärendet": the date stands in the sentence.
      const date = c.date ?? dateBesideCitation(sentence, c, citations, options.defaultYear);
      const paragraphs = [c.paragraph];
      // A misread range ("58 73-75"): one reference per paragraph.
      if (c.through)
        for (let n = Number(c.paragraph?.slice(1)) + 1; n <= Number(c.through.slice(1)); n++)
          paragraphs.push(`§${n}`);
      for (const p of paragraphs)
        references.push({
          body: c.body,
          date,
          paragraph: p,
          ...(diarienummer ? { diarienummer } : {}),
          text: clip(sentence.text.replace(/\s+/g, ' '), 400),
          page: pageAt(sentence.start),
          at: order + c.index,
        });
    }
    if (block.points) {
      order += text.length + 1;
      continue;
    }
    const seen = new Set<number>();
    for (const verb of text.matchAll(new RegExp(DECISION_VERB_RE.source, 'giu'))) {
      const sentence = sentenceAround(text, verb.index, verb.index + verb[0].length);
      if (seen.has(sentence.start) || citedSentences.has(sentence.start)) continue;
      seen.add(sentence.start);
      const verbAt = verb.index - sentence.start;
      const bodies = bodiesIn(sentence.text, abbreviations);
      if (bodies.length === 0) continue;
      // The subject: the last body named before the verb; else the first after it ("hanterades på Regionfullmäktige").
      const before = bodies.filter((b) => b.index < verbAt);
      const body = (before.at(-1) ?? bodies.find((b) => b.index > verbAt))?.body;
      if (!body) continue;
      const after = sentence.text.slice(verbAt);
      const dates = findDates(
        after,
        options.defaultYear ? { defaultYear: options.defaultYear, shortYears: true } : { shortYears: true },
      );
      const date = dates.find((d) => d.iso !== null && d.index < 120) ?? null;
      // "§ 14 Ny ersättningsmodell" opening the sentence is the agenda item of minutes the sentence
      // stands under (no full stop ends a heading), not the § of the decision it reports.
      const agendaItem = (p: { index: number; end: number }) =>
        sentence.text.slice(0, p.index).trim() === '' && /^\s+\p{Lu}\p{Ll}/u.test(sentence.text.slice(p.end));
      const afterVerb = findParagraphRefs(after).find(
        (p) => p.index < 160 && !(verbAt === 0 && agendaItem(p)),
      );
      const inSentence = afterVerb
        ? undefined
        : findParagraphRefs(sentence.text).filter((p) => !agendaItem(p))[0];
      const paragraph =
        afterVerb ?? inSentence ?? (date ? misreadParagraphAfterDate(after.slice(date.end)) : null);
      // "Genom beslut 2026-03-12 § 41 gav regionstyrelsen …": the decision's date and § stand before the
      // verb, the date right before the §; it is that decision's date (none follows the verb).
      const parAt = afterVerb ? verbAt + afterVerb.index : inSentence?.index;
      const dateIso =
        date?.iso ??
        (parAt === undefined ? null : dateRightBefore(sentence.text, parAt, options.defaultYear));
      const diarienummer = diarienummerIn(sentence.text);
      // A decision is cited only by an anchor a reader can look it up by: its date, its § or its
      // case number. A body and a verb alone ("som nämnden redan har beslutat om", "styrelsen har
      // godkänt inriktningen") mention that a decision exists but point at none.
      if (
        !hasCitationAnchor({
          date: dateIso,
          paragraph: paragraph?.paragraph ?? null,
          diarienummer,
        }) &&
        !reportsDecision(sentence.text, verbAt, before.at(-1))
      )
        continue;
      const through = paragraph && 'through' in paragraph ? paragraph.through : undefined;
      const paragraphs = [paragraph?.paragraph ?? null];
      // A misread range ("58 73-75"): one reference per paragraph.
      if (through)
        for (let n = Number(paragraphs[0]?.slice(1)) + 1; n <= Number(through.slice(1)); n++)
          paragraphs.push(`§${n}`);
      for (const p of paragraphs)
        references.push({
          body,
          date: dateIso,
          paragraph: p,
          ...(diarienummer ? { diarienummer } : {}),
          text: clip(sentence.text.replace(/\s+/g, ' '), 400),
          page: pageAt(sentence.start),
          at: order + sentence.start,
        });
    }
    // "Regionstyrelsen gav förvaltningen uppdraget (§ 166/2020)": a § in parentheses or with its
    // year is a citation whatever the verb; the board it cites is the one the sentence names before
    // it. A bare "§ 71 Avtal om …" (an agenda item of minutes) has neither and is left alone.
    for (const par of findParagraphRefs(text)) {
      const sentence = sentenceAround(text, par.index, par.end);
      if (seen.has(sentence.start) || citedSentences.has(sentence.start)) continue;
      // "(§ 23)", or the date before it in the same parentheses: "(2025-05-06, § 23)", "(6 maj 2025 § 23)".
      const open = text.lastIndexOf('(', par.index);
      const inside = open >= 0 && par.index - open <= 40 ? text.slice(open + 1, par.index) : null;
      const inParens =
        inside !== null &&
        (inside.trim() === '' ||
          findDates(inside, { shortYears: true }).some(
            (d) => d.index <= 1 && inside.slice(d.end).replace(/[\s,]/gu, '') === '',
          ));
      // "… ställde sig bakom inriktningen 27 maj 2025 § 94", "… rapporterna 2025-08-21, §§ 19–21": a
      // full date with its § right after it identifies a decision whatever the verb around it.
      const datedAt = dateRightBefore(sentence.text, par.index - sentence.start, options.defaultYear);
      if (par.year === null && !inParens && datedAt === null) continue;
      const parAt = par.index - sentence.start;
      const subject = bodiesIn(sentence.text, abbreviations)
        .filter((b) => b.index < parAt && !GENERIC_BODY_RE.test(b.body))
        .at(-1);
      if (!subject) continue;
      // "… enligt reglementet (§ 3)", "… i delegationsordningen (§ 12)": a § of rules or a statute.
      const between = sentence.text.slice(subject.index, parAt);
      if (STATUTE_RE.test(between)) continue;
      seen.add(sentence.start);
      const diarienummer = diarienummerIn(sentence.text);
      const date =
        datedAt ??
        findDates(sentence.text, {
          shortYears: true,
          ...(options.defaultYear ? { defaultYear: options.defaultYear } : {}),
        }).find((d) => d.iso !== null && d.iso !== options.documentDate)?.iso ??
        null;
      references.push({
        body: subject.body,
        date,
        paragraph: par.paragraph,
        ...(diarienummer ? { diarienummer } : {}),
        text: clip(sentence.text.replace(/\s+/g, ' '), 400),
        page: pageAt(sentence.start),
        at: order + sentence.start,
      });
    }
    order += text.length + 1;
  }
  references.sort((x, y) => x.at - y.at);
  const fromText = withParagraphGroups(
    withoutOwnAgendaItems(
      mergeAdjacent(references.map(({ at: _at, ...ref }) => ref)),
      ownAgendaParagraphs(layout),
    ),
  );
  if (rows.references.length === 0) return fromText;
  // In page order; on a page, the text's citations keep their order and the table's rows follow them.
  // A row's group of paragraphs ("§§ 20–22", "§ 92 och § 94") cites each of them, as in the text.
  return [...fromText, ...withParagraphGroups(rows.references)].sort((x, y) => x.page - y.page);
}

/**
 * The full date ending right before a § ("27 maj 2025 § 94", "2025-08-21, §§ 19"): only a comma or
 * spaces between them, or the parenthesis the § stands in ("I beslut den 14 juli 2025 (§ 35) gav …").
 * Null when none does.
 */
function dateRightBefore(sentence: string, parAt: number, defaultYear: number | null): string | null {
  const before = sentence.slice(0, parAt);
  const gap = /[\s,]*(?:\(\s*)?$/u.exec(before)?.[0].length ?? 0;
  const end = before.length - gap;
  const dates = findDates(before.slice(0, end), {
    shortYears: true,
    ...(defaultYear ? { defaultYear } : {}),
  });
  const last = dates.at(-1);
  return last?.iso && last.end === end && /(?:19|20)\d{2}/u.test(last.raw) ? last.iso : null;
}

/**
 * "§§ 19–21", "§§ 12 och 13", "§§ 4, 6 och 9" cite one decision per paragraph: a reference read with the
 * group's first § is repeated for each of the others (same board, date and sentence). So do paragraphs
 * each with a sign of its own, joined by "och" or a comma ("§ 7 och § 9", "§ 4, § 6 och § 9"). A range
 * longer than twenty paragraphs is taken for a typing slip and left at its first.
 */
const PARAGRAPH_GROUP_RE =
  /§§[ \u00A0\u2009\u202F]*(\d{1,4})((?:\s*(?:[-–—]|till|,|och|samt)\s*§?[ \u00A0\u2009\u202F]*\d{1,4}(?![\p{N}]|\s*\/))+)|(?<!§)§[ \u00A0\u2009\u202F]*(\d{1,4})(?![\p{N}]|\s*\/)((?:\s*(?:,|och|samt)\s*§[ \u00A0\u2009\u202F]*\d{1,4}(?![\p{N}]|\s*\/))+)/gu;

/** Whether a citation's text holds a group of paragraphs ("§§ 12–14", "§ 7 och § 9"). */
const HAS_GROUP_RE = /§§|§[ \u00A0\u2009\u202F]*\d{1,4}\s*(?:,|och|samt)\s*§/u;

export function paragraphGroup(text: string, first: string): string[] | null {
  for (const m of text.matchAll(PARAGRAPH_GROUP_RE)) {
    const head = m[1] ?? m[3];
    if (`§${Number(head)}` !== first) continue;
    const out = [Number(head)];
    let prev = Number(head);
    for (const step of (m[2] ?? m[4] ?? '').matchAll(
      /\s*([-–—]|till|,|och|samt)\s*§?[ \u00A0\u2009\u202F]*(\d{1,4})/gu,
    )) {
      const n = Number(step[2]);
      if (/^(?:[-–—]|till)$/u.test(step[1] ?? '')) {
        if (n <= prev || n - prev > 20) return null;
        for (let k = prev + 1; k <= n; k++) out.push(k);
      } else {
        if (n <= prev) return null;
        out.push(n);
      }
      prev = n;
    }
    return out.map((n) => `§${n}`);
  }
  return null;
}

function withParagraphGroups(references: Reference[]): Reference[] {
  const out: Reference[] = [];
  for (const ref of references) {
    const group =
      ref.paragraph && HAS_GROUP_RE.test(ref.text) ? paragraphGroup(ref.text, ref.paragraph) : null;
    if (!group) {
      out.push(ref);
      continue;
    }
    for (const paragraph of group) {
      if (!out.some((r) => r.body === ref.body && r.date === ref.date && r.paragraph === paragraph))
        out.push({ ...ref, paragraph });
    }
  }
  return out;
}

/**
 * The § numbers of the paper's own agenda items: a line opening with "§ 192" and the item's title
 * ("§ 192 Internkontrollplan 2027", "§ 14. Avtal om …").
 */
function ownAgendaParagraphs(layout: Layout): Set<string> {
  const out = new Set<string>();
  for (const line of layout.lines) {
    const m = /^§[ \u00A0]*(\d{1,4})\.?\s+\p{Lu}\p{Ll}/u.exec(normalizeText(line.text));
    if (m) out.add(`§${Number(m[1])}`);
  }
  return out;
}

/**
 * A citation with neither date nor year whose § is one of the paper's own agenda items is that item
 * (a minutes extract's head: "Organ | Paragraf" over "Regionstyrelsen | § 192"), not an earlier decision.
 */
function withoutOwnAgendaItems(references: Reference[], own: Set<string>): Reference[] {
  if (own.size === 0) return references;
  return references.filter(
    (r) =>
      !(
        r.date === null &&
        r.paragraph !== null &&
        own.has(r.paragraph) &&
        !/§\s*\d+\s*\/\s*\d/u.test(r.text)
      ),
  );
}

/** A table row's first cell opens with the decision's date ("2025-03-11", "11 mars 2025", "2025-03-11, § 34"). */
const ROW_DATE_START_RE = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s+\d{4})(?![\p{N}])/u;

/**
 * Earlier decisions listed as the rows of a table (a follow-up of decisions: date, §, body, subject,
 * status): a row whose first cell opens with a date, with a board's name in a cell and a § or a
 * diarienummer in another, cites that decision. A cell's wrapped lines ("Hälso- och" /
 * "sjukvårdsnämnden") stand under it on the lines that follow the row, starting right of the row's
 * first cell; each of their segments goes to the cell of the row it stands under. A row dated the
 * paper's own date is the paper's head (its Dnr, its board), not a citation.
 */
function tableRowCitations(
  layout: Layout,
  options: { defaultYear: number | null; documentDate?: string | null },
): { references: Reference[]; lines: number[] } {
  const references: Reference[] = [];
  const used: number[] = [];
  const lines = layout.lines;
  for (let i = 0; i < lines.length; i++) {
    const row = lines[i];
    if (!row || row.line.segments.length < 2 || !ROW_DATE_START_RE.test(row.text)) continue;
    const tolerance = row.line.fontSize * 0.5;
    const cells = rowCells(row, columnStartsNear(lines, i), tolerance);
    const group = [row.index];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j];
      if (!next || next.page !== row.page || next.gapBefore > row.line.fontSize * 1.2) break;
      if (next.line.x <= row.line.x + tolerance || ROW_DATE_START_RE.test(next.text)) break;
      for (const segment of next.line.segments) {
        const cell = cells.filter((c) => c.x <= segment.x + tolerance).at(-1);
        if (!cell) continue;
        // A number wrapped inside a narrow cell ("HSN 2024/29" / "2") is one number again.
        const glued = /[\d/]$/u.test(cell.text) && /^\d+$/u.test(segment.text.trim());
        cell.text = `${cell.text}${glued ? '' : ' '}${segment.text.trim()}`;
      }
      group.push(next.index);
    }
    const text = cells.map((c) => c.text).join('  ');
    const date = findDates(text, {
      shortYears: true,
      ...(options.defaultYear ? { defaultYear: options.defaultYear } : {}),
    })[0];
    if (!date?.iso || date.index !== 0 || date.iso === options.documentDate) continue;
    const paragraph = findParagraphRefs(text).find((p) => p.year === null || p.year > 1900) ?? null;
    const diarienummer = findDiarienummer(text)[0]?.value ?? null;
    const body = findBodies(text).find((b) => !GENERIC_BODY_RE.test(b.body));
    if (!body || (paragraph === null && diarienummer === null)) continue;
    references.push({
      body: body.body,
      date: date.iso,
      paragraph: paragraph?.paragraph ?? null,
      ...(diarienummer ? { diarienummer } : {}),
      text: clip(text.replace(/\s+/g, ' '), 400),
      page: row.page,
    });
    used.push(...group);
    i = j - 1;
  }
  return { references, lines: used };
}

/**
 * Where the cells of the table around row i start: the segments' left edges of the nearest lines above and
 * below it on its page that have more segments than the row (its header, a fuller row).
 */
function columnStartsNear(lines: readonly DocLine[], i: number): number[] {
  const row = lines[i];
  if (!row) return [];
  const out: number[] = [];
  for (const step of [-1, 1]) {
    for (let k = i + step, n = 0; n < 6 && k >= 0 && k < lines.length; k += step, n++) {
      const other = lines[k];
      if (!other || other.page !== row.page) break;
      if (other.line.segments.length > row.line.segments.length) {
        out.push(...other.line.segments.map((s) => s.x));
        break;
      }
    }
  }
  return out;
}

/**
 * A row's cells: its segments, each cut again where one of its words starts at a cell border the
 * table's other lines show. Two cells set a few points apart read as one segment ("Beredningen för
 * primärvård § 159" where the header has "Organ" and "§" apart); the cell's wrapped rest ("och
 * tandvård") must go to the organ, not after the §.
 */
function rowCells(row: DocLine, starts: readonly number[], tolerance: number): { x: number; text: string }[] {
  const cells: { x: number; text: string }[] = [];
  for (const segment of row.line.segments) {
    const inner = starts.filter((x) => x > segment.x + tolerance && x < segment.x + segment.width);
    const cuts = inner.length
      ? row.line.items.filter(
          (item) => item.text.trim() !== '' && inner.some((x) => Math.abs(item.x - x) <= tolerance),
        )
      : [];
    let text = segment.text;
    let x = segment.x;
    for (const cut of cuts) {
      const at = text.indexOf(cut.text.trim());
      if (at <= 0) continue;
      cells.push({ x, text: text.slice(0, at).trim() });
      text = text.slice(at);
      x = cut.x;
    }
    cells.push({ x, text: text.trim() });
  }
  return cells;
}

/**
 * Whether a decision mention carries something that identifies the decision: a date, a § or a
 * diarienummer. Without one it is prose about deciding, not a reference (contract: a reference has
 * a body "and date, paragraph where given" — a mention that gives neither cites nothing).
 */
export function hasCitationAnchor(ref: {
  date: string | null;
  paragraph: string | null;
  diarienummer?: string | null;
}): boolean {
  return ref.date !== null || ref.paragraph !== null || Boolean(ref.diarienummer);
}

/** Words naming rules or a statute, whose § numbers are no decisions: "reglementet", "kommunallagen", "6 kap.". */
const STATUTE_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]*reglemente[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*lag(?:en|ens)?|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*förordning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*ordning(?:en|ens)?|kap\.)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

/**
 * A citation naming its board by kind alone ("Nämnden beslutade 2026-06-25, § 56") in a paper written to
 * a board of that kind ("Till: Nämnden för hälso- och sjukvård") cites that board: the paper's own board
 * is the one "nämnden" means. A kind the paper's board is not ("Styrelsen" in a paper to a nämnd) stays.
 */
export function withOwnBody<T extends { body: string }>(references: T[], paperBody: string | null): T[] {
  if (!paperBody) return references;
  const own = normalizeText(paperBody);
  const kindOf = (name: string): string | null =>
    /(?:^nämnden(?:\s|$)|nämnden$)/iu.test(name)
      ? 'nämnden'
      : /(?:^styrelsen(?:\s|$)|styrelsen$)/iu.test(name)
        ? 'styrelsen'
        : null;
  const kind = kindOf(own);
  if (!kind || own.toLowerCase() === kind) return references;
  return references.map((r) => (normalizeText(r.body).toLowerCase() === kind ? { ...r, body: own } : r));
}

/**
 * "Styrelsen beslutade …" (findBodies reads a bare "Styrelsen") names the paper's board only in a paper to
 * a styrelse, where withOwnBody makes it that board; elsewhere (a company's board, a paper to a nämnd) it
 * says which board in no way a reader can look up, and the citation is dropped.
 */
export function withoutStrayStyrelsen<T extends { body: string }>(
  references: T[],
  paperBody: string | null,
): T[] {
  if (paperBody !== null && /styrelsen$/iu.test(normalizeText(paperBody))) return references;
  return references.filter((r) => normalizeText(r.body).toLowerCase() !== 'styrelsen');
}

/** Bodies named by their kind alone: "nämnden", "styrelsen", "fullmäktige" say which board only in context. */
const GENERIC_BODY_RE =
  /^(?:nämnden|styrelsen|fullmäktige|regeringen|utskottet|presidiet|beredningen|direktionen)$/iu;

/**
 * Without an anchor, a sentence still reports one decision when a named board is the subject of a
 * decision verb in the past that states what was decided: "Hälso- och sjukvårdsnämnden beslutade att
 * i samband med delårsrapporten uppmärksamma …", "Regionstyrelsen gav förvaltningen i uppdrag att …".
 * A relative clause or a bare verb ("som nämnden redan har beslutat om", "det styrelsen har godkänt")
 * mentions that deciding happened, and is no reference.
 */
function reportsDecision(sentence: string, verbAt: number, subject: Mention | undefined): boolean {
  if (!subject || GENERIC_BODY_RE.test(subject.body)) return false;
  const raw = findBodies(sentence).find((b) => b.index === subject.index)?.raw ?? '';
  const between = sentence.slice(subject.index + raw.length, verbAt);
  if (between.trim() !== '') return false;
  return /^(?:beslutade|beslöt|uppdrog\s+åt\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ\- ]{2,60}?|gav\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ\- ]{2,60}?\s+i uppdrag)\s+att(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu.test(
    sentence.slice(verbAt),
  );
}

type Block = Layout['blocks'][number];

/** A block that stops where no sentence can: after "§", inside an open parenthesis, after a comma. */
const DANGLING_END_RE = /(?:§|\(|,)\s*$/u;
const unclosed = (text: string): boolean =>
  (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);

/** A word for a decision taken: "beslut", "beslutet", "beslutade", "beslutat" — not "besluta", one to take. */
const DECISION_TAKEN_RE = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])beslut(?:et|en|s|ade|at)?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

/**
 * Whether a citation inside a decision point cites an earlier decision. A point speaks of decisions to
 * come as often as of past ones ("att ärendet ska behandlas av regionfullmäktige 2026-11-24"): a board
 * and a date there are a citation only with the decision's § or a word for the decision taken right
 * beside them ("att upphäva regionfullmäktiges beslut 2022-11-29, § 204"), and never dated after the
 * paper itself.
 */
function citesEarlierDecision(text: string, c: Citation, documentDate: string | null): boolean {
  if (documentDate && c.date && c.date > documentDate) return false;
  if (c.paragraph !== null) return true;
  return DECISION_TAKEN_RE.test(text.slice(Math.max(0, c.index - 40), c.end));
}

/** The runs of consecutive lines read as decision points (a table row's lines stay with the table). */
function pointRuns(
  layout: Layout,
  points: ReadonlySet<number>,
  rowLines: ReadonlySet<number>,
): Pick<Block, 'lines' | 'page'>[] {
  const out: Pick<Block, 'lines' | 'page'>[] = [];
  for (const line of layout.lines) {
    if (!points.has(line.index) || rowLines.has(line.index)) continue;
    const prev = out.at(-1);
    const last = prev?.lines.at(-1);
    if (prev && last && last.index + 1 === line.index) prev.lines.push(line);
    else out.push({ page: line.page, lines: [line] });
  }
  return out;
}

/**
 * The text blocks in which citations are sought. A block whose last line stops mid-citation
 * ("… vid sammanträdet 2025-01-04 (§" / "209).", a bullet whose wrapped line the layout set apart)
 * is joined with the block that follows on the same page, so the § is read with its board.
 */
function citationBlocks(layout: Layout, consumed: Set<number>): Pick<Block, 'lines' | 'page'>[] {
  // Lines read as decision points are left out, not the whole block they stand in: a run-in
  // decision paragraph set without a gap under the case text would otherwise take the case
  // text's citations with it. The free lines on each side of the points stay apart.
  const usable: Pick<Block, 'lines' | 'page'>[] = [];
  for (const b of layout.blocks) {
    if (b.kind === 'heading') continue;
    let run: Block['lines'] = [];
    for (const l of b.lines) {
      if (!consumed.has(l.index)) {
        run.push(l);
        continue;
      }
      if (run.length > 0) usable.push({ page: b.page, lines: run });
      run = [];
    }
    if (run.length > 0) usable.push({ page: b.page, lines: run });
  }
  const out: Pick<Block, 'lines' | 'page'>[] = [];
  let joinNext = false;
  for (const block of usable) {
    const prev = out.at(-1);
    const next = (prev?.lines.at(-1)?.index ?? -2) + 1 === block.lines[0]?.index;
    // A sentence the next column or page goes on with ("… Regionfullmäktige beslutade" / "2024-07-26,
    // § 219, att …"): the block before ends without a sentence's end, the next starts in lower case
    // or with a figure.
    const unfinished =
      prev !== undefined &&
      !/[.!?:;]\s*$/u.test(prev.lines.at(-1)?.text ?? '.') &&
      /^(?:\p{Ll}|\d)/u.test(block.lines[0]?.text ?? '');
    const adjacent = prev && next && ((joinNext && prev.page === block.page) || unfinished);
    if (prev && adjacent) out[out.length - 1] = { page: prev.page, lines: [...prev.lines, ...block.lines] };
    else out.push({ page: block.page, lines: block.lines });
    const text = (out.at(-1)?.lines ?? []).map((l) => l.text).join(' ');
    joinNext = DANGLING_END_RE.test(text) || unclosed(text.slice(-80));
  }
  return out;
}

/**
 * "Förslaget hanterades på Regionfullmäktige 21-22 oktober 2025. Regionfullmäktige beslutade (§114)":
 * two sentences, one decision; the date of one and the § of the other are merged.
 */
function mergeAdjacent(references: Reference[]): Reference[] {
  const out: Reference[] = [];
  for (const ref of references) {
    const prev = out.at(-1);
    if (
      prev &&
      prev.body === ref.body &&
      prev.page === ref.page &&
      ((prev.date !== null && prev.paragraph === null && ref.date === null && ref.paragraph !== null) ||
        (prev.date === null && prev.paragraph !== null && ref.date !== null && ref.paragraph === null))
    ) {
      out[out.length - 1] = {
        ...prev,
        date: prev.date ?? ref.date,
        paragraph: prev.paragraph ?? ref.paragraph,
        text: clip(`${prev.text} ${ref.text}`, 600),
      };
      continue;
    }
    out.push(ref);
  }
  return out;
}
