/**
 * Sweden's 21 regions: names as they call themselves, genitive and older forms, and their
 * hospitals and towns, for detecting which region wrote a board paper.
 */
import { REGION_CODES, type RegionCode } from '../region-codes.ts';
import { findDates } from './dates.ts';
import { foldAccents } from './text.ts';

export interface RegionInfo {
  /** The name the region uses for itself. */
  name: string;
  /** Genitive forms, county names, former names, abbreviations. */
  aliases: string[];
  /** The bare county word ("Dalarna", "Jämtland"): weaker than a name, stronger than a town. */
  shortNames: string[];
  /** Hospitals and main towns. */
  places: string[];
}

export const REGIONS: Record<RegionCode, RegionInfo> = {
  'SE-AB': {
    name: 'Region Stockholm',
    aliases: ['Stockholms län', 'Stockholms läns landsting', 'SLL'],
    shortNames: [],
    places: [
      'Karolinska universitetssjukhuset',
      'Karolinska sjukhuset',
      'Karolinska',
      'Danderyds sjukhus',
      'Södersjukhuset',
      'S:t Görans sjukhus',
      'Södertälje sjukhus',
      'Norrtälje sjukhus',
      'Stockholm',
      'Danderyd',
      'Solna',
      'Huddinge',
      'Södertälje',
      'Norrtälje',
    ],
  },
  'SE-C': {
    name: 'Region Uppsala',
    aliases: ['Uppsala län', 'Landstinget i Uppsala län'],
    shortNames: [],
    places: ['Akademiska sjukhuset', 'Lasarettet i Enköping', 'Uppsala', 'Enköping', 'Tierp', 'Östhammar'],
  },
  'SE-D': {
    name: 'Region Sörmland',
    aliases: ['Södermanlands län', 'Landstinget Sörmland'],
    shortNames: ['Sörmland', 'Södermanland'],
    places: [
      'Strängnäs',
      'Flen',
      'Mälarsjukhuset',
      'Nyköpings lasarett',
      'Kullbergska sjukhuset',
      'Eskilstuna',
      'Nyköping',
      'Katrineholm',
    ],
  },
  'SE-E': {
    name: 'Region Östergötland',
    aliases: ['Östergötlands län', 'Landstinget i Östergötland'],
    shortNames: ['Östergötland'],
    places: [
      'Finspång',
      'Universitetssjukhuset i Linköping',
      'Vrinnevisjukhuset',
      'Lasarettet i Motala',
      'Linköping',
      'Norrköping',
      'Motala',
    ],
  },
  'SE-F': {
    name: 'Region Jönköpings län',
    aliases: ['RJL', 'Jönköpings län', 'Region Jönköping', 'Landstinget i Jönköpings län'],
    shortNames: [],
    places: [
      'Länssjukhuset Ryhov',
      'Ryhov',
      'Höglandssjukhuset',
      'Värnamo sjukhus',
      'Jönköping',
      'Värnamo',
      'Eksjö',
      'Nässjö',
    ],
  },
  'SE-G': {
    name: 'Region Kronoberg',
    aliases: ['Kronobergs län', 'Landstinget Kronoberg'],
    shortNames: ['Kronoberg'],
    places: ['Alvesta', 'Centrallasarettet Växjö', 'Ljungby lasarett', 'Växjö', 'Ljungby'],
  },
  'SE-H': {
    name: 'Region Kalmar län',
    aliases: ['Kalmar län', 'Region Kalmar', 'Landstinget i Kalmar län'],
    shortNames: [],
    places: [
      'Nybro',
      'Länssjukhuset i Kalmar',
      'Västerviks sjukhus',
      'Oskarshamns sjukhus',
      'Kalmar',
      'Västervik',
      'Oskarshamn',
    ],
  },
  'SE-I': {
    name: 'Region Gotland',
    aliases: ['Gotlands län', 'Gotlands kommun'],
    shortNames: ['Gotland'],
    places: ['Slite', 'Visby lasarett', 'Visby'],
  },
  'SE-K': {
    name: 'Region Blekinge',
    aliases: ['Blekinge län', 'Landstinget Blekinge'],
    shortNames: ['Blekinge'],
    places: ['Sölvesborg', 'Blekingesjukhuset', 'Karlskrona', 'Karlshamn', 'Ronneby'],
  },
  'SE-M': {
    name: 'Region Skåne',
    aliases: ['Skåne län'],
    shortNames: ['Skåne'],
    places: [
      'Lasarettet i Ystad',
      'Hässleholms sjukhus',
      'Trelleborgs lasarett',
      'Landskrona lasarett',
      'Ängelholms sjukhus',
      'Landskrona',
      'Trelleborg',
      'Hässleholm',
      'Ängelholm',
      'Skånes universitetssjukhus',
      'SUS',
      'Helsingborgs lasarett',
      'Centralsjukhuset Kristianstad',
      'Malmö',
      'Lund',
      'Helsingborg',
      'Kristianstad',
      'Ystad',
    ],
  },
  'SE-N': {
    name: 'Region Halland',
    aliases: ['Hallands län'],
    shortNames: ['Halland'],
    places: ['Laholm', 'Hallands sjukhus', 'Halmstad', 'Varberg', 'Kungsbacka', 'Falkenberg'],
  },
  'SE-O': {
    name: 'Västra Götalandsregionen',
    aliases: ['VGR', 'Västra Götalands län', 'Västra Götaland'],
    shortNames: [],
    places: [
      'Kungälvs sjukhus',
      'Alingsås lasarett',
      'Kungälv',
      'Alingsås',
      'Lidköping',
      'Vänersborg',
      'Sahlgrenska universitetssjukhuset',
      'Sahlgrenska',
      'Norra Älvsborgs länssjukhus',
      'NÄL',
      'Skaraborgs sjukhus',
      'Södra Älvsborgs sjukhus',
      'Göteborg',
      'Borås',
      'Trollhättan',
      'Skövde',
      'Uddevalla',
    ],
  },
  'SE-S': {
    name: 'Region Värmland',
    aliases: ['Värmlands län', 'Landstinget i Värmland'],
    shortNames: ['Värmland'],
    places: [
      'Arvika sjukhus',
      'Torsby sjukhus',
      'Centralsjukhuset i Karlstad',
      'Karlstad',
      'Arvika',
      'Torsby',
    ],
  },
  'SE-T': {
    name: 'Region Örebro län',
    aliases: ['Örebro län', 'Region Örebro', 'Örebro läns landsting'],
    shortNames: [],
    places: [
      'Universitetssjukhuset Örebro',
      'Universitetssjukhuset i Örebro',
      'USÖ',
      'Karlskoga lasarett',
      'Lindesbergs lasarett',
      'Örebro',
      'Karlskoga',
      'Lindesberg',
    ],
  },
  'SE-U': {
    name: 'Region Västmanland',
    aliases: ['Västmanlands län', 'Landstinget Västmanland'],
    shortNames: ['Västmanland'],
    places: ['Västmanlands sjukhus', 'Västerås', 'Köping', 'Sala', 'Fagersta'],
  },
  'SE-W': {
    name: 'Region Dalarna',
    aliases: ['Dalarnas län', 'Landstinget Dalarna', 'Landstinget Dalarnas'],
    shortNames: ['Dalarna'],
    places: [
      'Avesta lasarett',
      'Ludvika lasarett',
      'Falu lasarett',
      'Mora lasarett',
      'Falun',
      'Mora',
      'Avesta',
      'Ludvika',
      'Borlänge',
      'Sälen',
      'Orsa',
    ],
  },
  'SE-X': {
    name: 'Region Gävleborg',
    aliases: ['Gävleborgs län', 'Landstinget Gävleborg'],
    shortNames: ['Gävleborg'],
    places: [
      'Ljusdal',
      'Gävle sjukhus',
      'Hudiksvalls sjukhus',
      'Bollnäs sjukhus',
      'Gävle',
      'Hudiksvall',
      'Bollnäs',
      'Sandviken',
      'Söderhamn',
    ],
  },
  'SE-Y': {
    name: 'Region Västernorrland',
    aliases: ['Västernorrlands län', 'Landstinget Västernorrland'],
    shortNames: ['Västernorrland'],
    places: [
      'Kramfors',
      'Sundsvalls sjukhus',
      'Örnsköldsviks sjukhus',
      'Sollefteå sjukhus',
      'Sundsvall',
      'Örnsköldsvik',
      'Härnösand',
      'Sollefteå',
    ],
  },
  'SE-Z': {
    name: 'Region Jämtland Härjedalen',
    aliases: ['Jämtlands län', 'Jämtland Härjedalen', 'Jämtland-Härjedalen', 'Jämtlands läns landsting'],
    shortNames: ['Jämtland', 'Härjedalen'],
    places: ['Åre', 'Östersunds sjukhus', 'Östersund', 'Sveg', 'Strömsund', 'Krokom'],
  },
  'SE-AC': {
    name: 'Region Västerbotten',
    aliases: ['Västerbottens län', 'Västerbottens läns landsting'],
    shortNames: ['Västerbotten'],
    places: [
      'Vilhelmina',
      'Norrlands universitetssjukhus',
      'NUS',
      'Skellefteå lasarett',
      'Lycksele lasarett',
      'Umeå',
      'Skellefteå',
      'Lycksele',
    ],
  },
  'SE-BD': {
    name: 'Region Norrbotten',
    aliases: ['Norrbottens län', 'Norrbottens läns landsting'],
    shortNames: ['Norrbotten'],
    places: [
      'Kalix sjukhus',
      'Kalix',
      'Boden',
      'Sunderby sjukhus',
      'Piteå älvdals sjukhus',
      'Gällivare sjukhus',
      'Kiruna sjukhus',
      'Luleå',
      'Piteå',
      'Kiruna',
      'Gällivare',
    ],
  },
};

// The genitive of every name is an alias too ("Region Dalarnas", "Västra Götalandsregionens").
for (const code of REGION_CODES) {
  const r = REGIONS[code];
  const genitive = r.name.endsWith('s') ? r.name : `${r.name}s`;
  if (!r.aliases.includes(genitive)) r.aliases.unshift(genitive);
}

/** The name the region uses for itself ("Region Dalarna"). */
export function regionName(code: RegionCode): string {
  return REGIONS[code].name;
}

type MentionKind = 'name' | 'alias' | 'short' | 'hospital' | 'town';

const KIND_WEIGHT: Record<MentionKind, number> = { name: 10, alias: 6, short: 3, hospital: 2, town: 1 };

interface Term {
  code: RegionCode;
  kind: MentionKind;
  /** Acronyms (VGR, NUS, USÖ) must match in exactly this case. */
  exactCase: string | null;
  /**
   * The name has letters that folding changes (Åre, Ånge, Umeå): matched without them ("Are") only on a
   * page whose text has lost every such letter (an encoding or OCR that drops them). Where the page
   * writes å, ä and ö elsewhere, "Are" is another word (English "are"), not the town.
   */
  accented: boolean;
}

const isAcronym = (s: string): boolean => /^[\p{Lu}]{2,}$/u.test(s);
/** Whether folding changes more than the case of a text (it holds å, ä, ö, é …). */
const hasFoldedLetter = (s: string): boolean => foldAccents(s) !== s.toLowerCase();
/** Letters of Swedish text that folding changes: a page that writes none of them may have lost them. */
const SWEDISH_LETTER_RE = /[åäöÅÄÖ]/u;
const WORD_RE = /[A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}]+(?::[A-Za-zªµºÀ-ÖØ-öø-ɏ]+)?/gu;
const wordsOf = (s: string): string[] => foldAccents(s).match(WORD_RE) ?? [];
const keyOf = (s: string): string => wordsOf(s).join(' ');

interface IndexedTerm extends Term {
  words: string[];
}

/**
 * Terms indexed by their first word. Matching walks the page's words once and tries only the
 * terms that start with the current word: one big alternation regex was ten times slower.
 */
function buildIndex(): Map<string, IndexedTerm[]> {
  const index = new Map<string, IndexedTerm[]>();
  const add = (code: RegionCode, text: string, kind: MentionKind) => {
    const words = wordsOf(text);
    const first = words[0];
    if (!first) return;
    const list = index.get(first) ?? [];
    list.push({
      code,
      kind,
      exactCase: isAcronym(text) ? text : null,
      accented: hasFoldedLetter(text),
      words,
    });
    index.set(first, list);
  };
  for (const code of REGION_CODES) {
    const r = REGIONS[code];
    add(code, r.name, 'name');
    for (const a of r.aliases) add(code, a, 'alias');
    for (const s of r.shortNames) add(code, s, 'short');
    for (const p of r.places) add(code, p, /sjukhus|lasarett|^[\p{Lu}]{2,}$/u.test(p) ? 'hospital' : 'town');
  }
  // Longest first, so "Region Jämtland Härjedalen" is read before "Region Jämtland".
  for (const list of index.values()) list.sort((x, y) => y.words.length - x.words.length);
  return index;
}

const INDEX = buildIndex();

interface Token {
  word: string;
  start: number;
  end: number;
}

/** Whether `token` is `word`, or its genitive (+s), or "VGR:s"-style genitive. */
function tokenIs(token: string, word: string, last: boolean): number {
  if (token === word) return 0;
  if (last && (token === `${word}s` || token === `${word}:s`)) return token.length - word.length;
  return -1;
}

const NON_BLANK_RE = /\S/g;

/** Only whitespace and hyphens may stand between the words of a name. */
const GAP_OK_RE = /^[\s-]+$/u;

/**
 * Words before a mention that make it someone else's region: referrals, agreements, comparisons.
 * Matched on folded text in the few words before the mention.
 */
const REFERRAL_RE =
  /(?:(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])till|istallet\s+for(?:\s+till)?|i\s+stallet\s+for(?:\s+till)?|avtal\s+med|alternativ\s+till|jamfor[A-Za-zªµºÀ-ÖØ-öø-ɏ]*\s+med|jmf\.?|samverkan\s+med|tillsammans\s+med|liksom|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])an)((?:\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ.:,-]+){0,5})\s+$/u;
/** "från Ortopeden i Mora": after "från" comes the origin, the author's own place. */
const ORIGIN_RE = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])fran(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const REFERRAL_DISCOUNT = 0.2;
const HEADER_CHARS = 120;
/** The letterhead: the first lines of page 1 (logo text, region name, administration, sender). */
const LETTERHEAD_LINES = 4;
const LETTERHEAD_FACTOR = 5;
/** Running header and footer/signature lines of any page. */
const HEADER_LINES = 2;
const FOOTER_LINES = 3;
const FOOTER_CHARS = 200;
/** Weight of a mention on a line that names three or more regions: a comparison, not the author. */
const COMPARISON_DISCOUNT = 0.3;
/** One town mention on a later page is not enough to name the author; one hospital on page 1 is. */
const MIN_SCORE = 0.5;
/** A runner-up at this share of the best score or more makes the region a tie: none is told. */
const TIE_RATIO = 0.85;
/** Weight of a mention in running text (not letterhead, header, footer or signature). */
const BODY_FACTOR = 0.5;
/**
 * Weight of a town on a line of a place and a date alone ("Luleå 2026-05-06", "Karlstad, den 3 juni
 * 2026"): the Swedish letter's "ort och datum" above the signature tells where the paper was written —
 * the author's seat, on whatever page it stands. It weighs a little less than a hospital in the first
 * page's letterhead (hospital 2 × page 1 × letterhead 5 = 20) and more than another region named in two
 * sentences of the body (10 + 10 / 3 ≈ 13.3), which outweighed the town before; named in three or more,
 * the two come within the tie ratio and no region is told.
 */
const PLACE_DATE_WEIGHT = 16;
/** The place before (or after) the date: one or two capitalised words, a comma, "den". */
const PLACE_OF_DATE_RE = /^\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+(?: \p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+)?,?(?: den)?$/u;

/** A line holding a place and a date and nothing else. */
function isPlaceDateLine(line: string): boolean {
  const text = line.replace(/\s+/gu, ' ').trim();
  if (text.length > 60) return false;
  const date = findDates(text, { shortYears: false })[0];
  if (!date?.iso) return false;
  const place = (text.slice(0, date.index) + text.slice(date.end)).replace(/[.,]\s*$/u, '').trim();
  return PLACE_OF_DATE_RE.test(place);
}

/** A line this short ends where it does by choice (a heading, a signature line), not by wrapping. */
const SHORT_LINE_CHARS = 40;
/** A line ending in a full stop with this many words or more is a sentence of the body. */
const PROSE_WORDS = 6;

export interface RegionMention {
  code: RegionCode;
  kind: MentionKind;
  weight: number;
  page: number;
  index: number;
  end: number;
  text: string;
}

/** Every region mention on the pages with its weight after position and referral adjustments. */
export function findRegionMentions(pages: { number: number; text: string }[]): RegionMention[] {
  const out: RegionMention[] = [];
  for (const page of pages) {
    const pageStart = out.length;
    /** Indexes into `out` of this page's mentions in body text (not letterhead, header or footer). */
    const bodyMentions = new Set<number>();
    const folded = foldAccents(page.text);
    const keepsLetters = SWEDISH_LETTER_RE.test(page.text);
    // Starts and lengths of the page's non-blank lines: blank lines are spacing, not position.
    const lineStarts: number[] = [];
    const lineLengths: number[] = [];
    for (let from = 0; from <= page.text.length; ) {
      const nl = page.text.indexOf('\n', from);
      const to = nl < 0 ? page.text.length : nl;
      // A non-blank line (what trim() keeps: \s is the same set), found without cutting the line out.
      NON_BLANK_RE.lastIndex = from;
      const nonBlank = NON_BLANK_RE.exec(page.text);
      if (nonBlank !== null && nonBlank.index < to) {
        lineStarts.push(from);
        lineLengths.push(to - from);
      }
      if (nl < 0) break;
      from = nl + 1;
    }
    const lineCount = lineStarts.length;
    const lineNumberAt = (offset: number): number => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const tokens: Token[] = [];
    for (const m of folded.matchAll(WORD_RE))
      tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i] as Token;
      // The word, else without its genitive s, else before its colon ("VGR:s"); the cut forms are made
      // only where they differ from the word (an unchanged word is not in the index either).
      const word = first.word;
      let candidates = INDEX.get(word);
      if (!candidates && word.endsWith('s')) candidates = INDEX.get(word.replace(/:?s$/u, ''));
      if (!candidates && word.includes(':')) candidates = INDEX.get(word.split(':')[0] ?? '');
      if (!candidates) continue;
      let matched: { terms: IndexedTerm[]; end: number; words: number } | null = null;
      for (const term of candidates) {
        if (matched && term.words.length < matched.words) break;
        let ok = true;
        let end = first.end;
        for (let w = 0; w < term.words.length; w++) {
          const token = tokens[i + w];
          const prev = tokens[i + w - 1];
          if (!token || (w > 0 && prev && !GAP_OK_RE.test(folded.slice(prev.end, token.start)))) {
            ok = false;
            break;
          }
          const extra = tokenIs(token.word, term.words[w] ?? '', w === term.words.length - 1);
          if (extra < 0) {
            ok = false;
            break;
          }
          end = token.end;
        }
        if (!ok) continue;
        if (matched && matched.words === term.words.length) matched.terms.push(term);
        else matched = { terms: [term], end, words: term.words.length };
      }
      if (!matched) continue;
      const index = first.start;
      const original = page.text.slice(index, matched.end);
      // Proper nouns: the original must start with a capital ("lund" the grove is not Lund).
      if (!/^[\p{Lu}\p{N}]/u.test(original)) continue;
      // A line that ends short of the measure (a title, a signature line, a list item) ends its clause: a
      // cue above it ("… till regionstyrelsen" / "Förvaltningschef" / the hospital) is not this mention's.
      const mentionLine = lineNumberAt(index);
      const clauseFloor =
        mentionLine > 0 && (lineLengths[mentionLine - 1] ?? 0) <= SHORT_LINE_CHARS
          ? (lineStarts[mentionLine] ?? 0)
          : 0;
      const before = folded.slice(Math.max(0, clauseFloor, index - 60), index);
      const clauseBefore = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n\n')) + 1);
      // "kapacitet på Östersunds sjukhus", "vid Falu lasarett": a locative right before the
      // mention is the author's own place, whatever came earlier in the clause.
      const locative = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:pa|vid|inom|for)\s+$/u.test(clauseBefore);
      const cue = locative ? null : REFERRAL_RE.exec(clauseBefore);
      const referral = cue !== null && !ORIGIN_RE.test(cue[1] ?? '');
      // One mention per region and span: "Region Dalarnas" is both the name in genitive and an alias.
      const strongest = new Map<RegionCode, IndexedTerm>();
      for (const term of matched.terms) {
        if (term.exactCase !== null && !original.startsWith(term.exactCase)) continue;
        if (term.accented && keepsLetters && !hasFoldedLetter(original)) continue;
        const seen = strongest.get(term.code);
        if (!seen || KIND_WEIGHT[term.kind] > KIND_WEIGHT[seen.kind]) strongest.set(term.code, term);
      }
      let used = false;
      for (const term of strongest.values()) {
        let weight = KIND_WEIGHT[term.kind];
        if (page.number === 1) weight *= 2;
        // Where the name stands: the letterhead (first lines of page 1) names the author; running
        // headers, footers and the signature on any page carry it too; the body only mentions.
        const lineNo = lineNumberAt(index);
        // A letterhead line is short; a paragraph that happens to start the text is body.
        // A full sentence ("… bygger ut sjukhuset.") is running text wherever it stands: on a short page
        // the body's first or last lines are no letterhead or footer.
        const lineText = page.text
          .slice(lineStarts[lineNo] ?? 0, (lineStarts[lineNo] ?? 0) + (lineLengths[lineNo] ?? 0))
          .trim();
        const prose = /[.!?]$/u.test(lineText) && lineText.split(/\s+/u).length >= PROSE_WORDS;
        let positional = true;
        if (prose) positional = false;
        else if (page.number === 1 && lineNo < LETTERHEAD_LINES && (lineLengths[lineNo] ?? 0) <= 90)
          weight *= LETTERHEAD_FACTOR;
        else if (lineNo < HEADER_LINES || lineNo >= lineCount - FOOTER_LINES || index < HEADER_CHARS)
          weight *= 1.5;
        else if (index > page.text.length - FOOTER_CHARS) weight *= 1.5;
        else positional = false;
        // The body only mentions: a region's name in running text weighs half, so a hospital in the
        // letterhead or signature outweighs it (hospitals and towns in the body keep their weight).
        if (!positional) {
          if (term.kind === 'name' || term.kind === 'alias' || term.kind === 'short') weight *= BODY_FACTOR;
          bodyMentions.add(out.length);
        }
        if (referral) weight *= REFERRAL_DISCOUNT;
        if (term.kind === 'town' && isPlaceDateLine(lineText)) weight = PLACE_DATE_WEIGHT;
        out.push({
          code: term.code,
          kind: term.kind,
          weight,
          page: page.number,
          index,
          end: matched.end,
          text: original,
        });
        used = true;
      }
      if (used) i += matched.words - 1;
    }
    const lineDiscounted = discountComparisonLines(page.text, out.slice(pageStart));
    discountSentencesOfSeveralRegions(
      page.text,
      out.filter(
        (m, k) =>
          k >= pageStart &&
          bodyMentions.has(k) &&
          !lineDiscounted.has(m) &&
          (m.kind === 'name' || m.kind === 'alias' || m.kind === 'short'),
      ),
    );
  }
  return out;
}

/**
 * A sentence of the body that names two or more regions by name ("prövats i Region A och i Region B",
 * "A och B ingår i styrgruppen") speaks of others: a joint project, a comparison, a neighbour. Those
 * names weigh as a comparison line's do; hospitals and towns (a referral from one town to another within
 * a region), the letterhead, headers and footers are not touched.
 */
function discountSentencesOfSeveralRegions(text: string, mentions: RegionMention[]): void {
  const bySentence = new Map<number, RegionMention[]>();
  for (const m of mentions) {
    const before = text.slice(0, m.index);
    let start = 0;
    for (const b of before.matchAll(/[.!?](?=\s)|\n\s*\n/gu)) start = b.index + b[0].length;
    const list = bySentence.get(start) ?? [];
    list.push(m);
    bySentence.set(start, list);
  }
  for (const list of bySentence.values()) {
    if (new Set(list.map((m) => m.code)).size < 2) continue;
    for (const m of list) m.weight *= COMPARISON_DISCOUNT;
  }
}

/** Lines naming three or more regions ("Region Stockholm 12 %, Region Uppsala 10 %, …") compare regions. */
function discountComparisonLines(text: string, mentions: RegionMention[]): Set<RegionMention> {
  const discounted = new Set<RegionMention>();
  const byLine = new Map<number, RegionMention[]>();
  for (const m of mentions) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const list = byLine.get(lineStart) ?? [];
    list.push(m);
    byLine.set(lineStart, list);
  }
  for (const list of byLine.values()) {
    if (new Set(list.map((m) => m.code)).size < 3) continue;
    for (const m of list) {
      m.weight *= COMPARISON_DISCOUNT;
      discounted.add(m);
    }
  }
  return discounted;
}

/** A short verbatim snippet around [index, end): the words on the same line, at most ~100 characters. */
function snippet(text: string, index: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  let s = Math.max(lineStart, index - 40);
  let e = Math.min(lineEnd, end + 40);
  // Cut at word boundaries.
  if (s > lineStart) {
    const space = text.indexOf(' ', s);
    if (space >= 0 && space < index) s = space + 1;
  }
  if (e < lineEnd) {
    const space = text.lastIndexOf(' ', e);
    if (space >= end) e = space;
  }
  const out = text.slice(s, e).trim();
  return out.length > 0 ? out : text.slice(index, end);
}

export interface DetectedRegion {
  code: RegionCode;
  name: string;
  /** Verbatim words from the page, with a little context. */
  evidence: string;
  page: number;
}

/**
 * Which region wrote the paper. Region names weigh most (more on page 1 and in page headers),
 * genitive and county forms next, bare county words, then hospitals and towns. Mentions after
 * referral words ("till Akademiska sjukhuset i Uppsala", "avtal med … Karolinska") count a fifth.
 * Null when nothing points to a region.
 */
export function detectRegion(pages: { number: number; text: string }[]): DetectedRegion | null {
  const mentions = findRegionMentions(pages);
  // The strongest mention counts in full, the next one a third, the rest a tenth: a region named
  // again and again in passing ("samordnas av Region X … Region X ansvarar …") does not outweigh the
  // letterhead, while many weak clues (towns, hospitals) still add up.
  const byCode = new Map<RegionCode, number[]>();
  for (const m of mentions) byCode.set(m.code, [...(byCode.get(m.code) ?? []), m.weight]);
  const scores = new Map<RegionCode, number>();
  for (const [code, weights] of byCode) {
    weights.sort((a, b) => b - a);
    const [first = 0, second = 0, ...rest] = weights;
    scores.set(code, first + second / 3 + rest.reduce((acc, w) => acc + w, 0) / 10);
  }
  let best: RegionCode | null = null;
  let bestScore = 0;
  let runnerUp = 0;
  for (const [code, score] of scores) {
    if (score > bestScore) {
      best = code;
      runnerUp = bestScore;
      bestScore = score;
    } else if (score > runnerUp) runnerUp = score;
  }
  if (best === null || bestScore < MIN_SCORE) return null;
  // Two regions as strong as each other (two named side by side in passing, nothing else): the paper
  // does not tell which is its own, and a guess would be a wrong region as often as a right one.
  if (runnerUp >= bestScore * TIE_RATIO) return null;
  const winner = best;
  const evidenceMention = mentions
    .filter((m) => m.code === winner)
    .sort((a, b) => b.weight - a.weight || a.page - b.page || a.index - b.index)[0];
  if (!evidenceMention) return null;
  const page = pages.find((p) => p.number === evidenceMention.page);
  return {
    code: winner,
    name: REGIONS[winner].name,
    evidence: page ? snippet(page.text, evidenceMention.index, evidenceMention.end) : evidenceMention.text,
    page: evidenceMention.page,
  };
}

/**
 * The project's one reading of a region code: ISO 3166-2:SE with or without its country part, in any case
 * ("SE-W", "se-w", "W"). Null for anything else. Names are `parseRegionCode`'s; the query parameters add
 * `unknown` on top of this (query/regions.ts).
 */
export function regionCodeOf(input: string): RegionCode | null {
  const upper = input.trim().toUpperCase();
  const code = upper.startsWith('SE-') ? upper : `SE-${upper}`;
  return (REGION_CODES as readonly string[]).includes(code) ? (code as RegionCode) : null;
}

/**
 * A region code from what a person types or an uploader states: "SE-W", "W", "se-w", "Dalarna",
 * "Region Dalarna", "Dalarnas län", "VGR". Null when it names no region.
 */
export function parseRegionCode(input: string): RegionCode | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const code = regionCodeOf(trimmed.replace(/\s+/g, ''));
  if (code) return code;
  const key = keyOf(trimmed);
  for (const c of REGION_CODES) {
    const r = REGIONS[c];
    const names = [r.name, r.name.replace(/^Region\s+/, ''), ...r.aliases, ...r.shortNames];
    for (const n of names) {
      const k = keyOf(n);
      if (k === key || `${k}s` === key || `region ${k}` === key) return c;
    }
  }
  return null;
}
