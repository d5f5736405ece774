/**
 * Decision points: the proposal or decision block of a case memo or minutes and its points.
 *
 * A block starts at
 *  - a heading: "Förslag till beslut", "Beslutsförslag", "<Someone>s förslag (till beslut)",
 *    "<Someone>s beslut", "Beslut", "Beslut i korthet", or a run-in label "Beslut: …";
 *  - an introducing sentence, whose subject is the actor: "<Actor> föreslår <board> (att) besluta
 *    (följande|att)" — or with the board deciding in a clause: "<Actor> föreslår att <board> beslutar
 *    (att)" — "<Actor> föreslås besluta (att)", "<Actor> beslutar (för egen del) (att)".
 * Its points are numbered ("1.", "1)", "(1)"), numbered within a section ("2.1"), lettered ("a)"),
 * lettered under a number ("1 a)", or "a)" after "1. … följande:"), "att"-clauses one per line or
 * as "- att …" bullets, or run in one sentence ("att godkänna …, att uppdra … samt att …").
 *
 * Ids (the contract rule, see parsers/schema.ts DECISION_ID_RE and docs/extraction-rules.md):
 * a point keeps the label the paper gives it ("1", "2.1", "a", "1a"); unnumbered points ("att"
 * clauses, bullets, run-in clauses, a paragraph) are numbered by position from "1"; a sub-point is
 * its parent's id plus its letter (or its position as a letter); blocks after the first of a
 * document are prefixed "<block>:" ("2:1").
 *
 * Not points: agenda numbers ("§ 12"), numbered lists quoted inside a point (indented deeper, or
 * numbered out of sequence after a point that ends with a colon), numbered headings and table rows
 * after the block.
 *
 * Not blocks: a proposal the paper reports (a motion's), a subject that is a clause, and a summary
 * ("Beslut i korthet") of a decision that its agenda item states in full after it.
 */
import type { LineSegment } from '../page-model.ts';
import type { Decision } from '../schema.ts';
import { type DocLine, joinLines, type Layout, normalizeText } from './layout.ts';

const ACTOR = '(?<actor>[A-ZÅÄÖ][A-Za-zªµºÀ-ÖØ-öø-ɏ\\- ]{1,80}?)';
/**
 * What a proposal heading proposes; "förslag till åtgärder / besparingar / insatser" heads the measures
 * of a plan (its sections are measures, not decision points).
 */
const NOT_PROPOSED =
  '(?!(?:åtgärd|insats|besparing|sparåtgärd|sparförslag|effektivisering)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?:[\\s:]|$))';
const GENITIVE_PROPOSAL_RE = new RegExp(
  `^(?<actor>[A-ZÅÄÖ][A-Za-zªµºÀ-ÖØ-öø-ɏ\\- ]{2,80}?(?:ens|ets|ns|ts|s))\\s+(?:förslag|beslutsförslag)(?:\\s+till\\s+${NOT_PROPOSED}[A-Za-zªµºÀ-ÖØ-öø-ɏ\\- ]{1,60})?\\s*:?$`,
  'u',
);
const GENITIVE_DECISION_RE =
  /^(?<actor>[A-ZÅÄÖ][A-Za-zªµºÀ-ÖØ-öø-ɏ\- ]{2,80}?(?:ens|ets|ns|ts|iges|s))\s+beslut\s*:?$/u;
const PLAIN_PROPOSAL_RE = new RegExp(
  `^(?:förslag\\s+till\\s+(?:beslut|yttrande|${NOT_PROPOSED}[A-Za-zªµºÀ-ÖØ-öø-ɏ\\- ]{2,40})|beslutsförslag|förslag)\\s*:?$`,
  'iu',
);
const DECISION_HEADING_RE =
  /^(?:beslut(?:et)?(?:\s+i\s+korthet)?|beslutsmening(?:ar)?|sammanfattning\s+av\s+beslut)\s*:?$/iu;
/**
 * One sentence saying where the decision stands — it "framgår av" / "redovisas i" / "finns i" an
 * attachment, minutes or an extract of them — and nothing else: a pointer, not a decision's text.
 */
const POINTER_RE =
  /^[^.;:]{0,80}\b(?:framgår\s+av|redovisas\s+i|finns\s+i|återges\s+i|se)\s+(?:(?:det|den|de)\s+)?(?:bifoga(?:d|de|t)|bilag(?:a|d|da|t)|protokoll[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|separat\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ]+)[^.;:]{0,60}\.?$/iu;

/** A heading that announces a summary of the decision rather than the decision itself. */
const SUMMARY_HEADING_RE = /i\s+korthet|sammanfattning\s+av\s+beslut/iu;
/** "Beslut: …", "Förslag till beslut: …": a label with the point run in after it. */
const RUN_IN_LABEL_RE =
  /^(?<label>beslut(?:et)?(?:\s+i\s+korthet)?|förslag\s+till\s+beslut|beslutsförslag)\s*:\s*(?<rest>\S.*)$/iu;

/** "Förvaltningens förslag: …", "Nämndens beslut: …": a genitive label with the point run in after it. */
const GENITIVE_RUN_IN_RE =
  /^(?<actor>[A-ZÅÄÖ][A-Za-zªµºÀ-ÖØ-öø-ɏ\- ]{2,80}?(?:ens|ets|ns|ts|iges|s))\s+(?<label>förslag(?:\s+till\s+beslut)?|beslutsförslag|beslut)\s*:\s*(?<rest>\S.*)$/u;

/** Introducing sentences; `rest` is the first point when it is run in on the same line. */
const INTRO_FORMS: { re: RegExp; kind: Decision['kind'] }[] = [
  {
    re: new RegExp(
      `^${ACTOR}\\s+föreslår\\s+(?<to>[A-Za-zªµºÀ-ÖØ-öø-ɏ\\- ]{2,60}?)\\s+(?:att\\s+)?(?:beslutar?|fatta\\s+följande\\s+beslut)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:\\s+(?:enligt\\s+)?följande)?(?:\\s+att)?\\s*:?\\s*(?<rest>.*)$`,
      'u',
    ),
    kind: 'proposal',
  },
  {
    re: new RegExp(
      // "… föreslås besluta/beslutar": one paper for the committee that proposes and the board that decides.
      `^${ACTOR}\\s+föreslås\\s+(?:(?:att\\s+)?besluta(?:\\s?\\/\\s?beslutar)?|fatta\\s+följande\\s+beslut)(?:\\s+(?:enligt\\s+)?följande)?(?:\\s+att)?\\s*:?\\s*(?<rest>.*)$`,
      'u',
    ),
    kind: 'proposal',
  },
  {
    re: new RegExp(
      `^${ACTOR}\\s+beslutar(?:\\s+för\\s+egen\\s+del)?(?:\\s+(?:enligt\\s+)?följande)?(?:\\s+att)?\\s*:?\\s*(?<rest>.*)$`,
      'u',
    ),
    kind: 'decision',
  },
];
/**
 * "Presidiet yrkar att regionstyrelsen beslutar:", "Ordföranden yrkar att nämnden beslutar att …": a
 * yrkande is someone's proposal to the board. Beside a proposal or decision of the paper's own it is one
 * of several (a party's, in minutes) and no block; a paper with no other block (a presidium's or chair's
 * memo whose proposal is its yrkande) has it as its proposal: see extractDecisions.
 */
const YRKANDE_FORM: { re: RegExp; kind: Decision['kind'] } = {
  re: new RegExp(
    `^${ACTOR}\\s+yrkar\\s+att\\s+(?<to>[A-Za-zªµºÀ-ÖØ-öø-ɏ\\- ]{2,60}?)\\s+(?:beslutar|ska\\s+besluta)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:\\s+(?:enligt\\s+)?följande)?(?:\\s+att)?\\s*:?\\s*(?<rest>.*)$`,
    'u',
  ),
  kind: 'proposal',
};
/** The forms introStart reads: INTRO_FORMS, with YRKANDE_FORM in extractDecisions' second pass. */
let introForms = INTRO_FORMS;

/** The start of an introducing sentence that may wrap onto the next line. */
const INTRO_START_RE = new RegExp(`^${ACTOR}\\s+(?:föreslår|föreslås|beslutar)(?:\\s|$)`, 'u');

const TERMINATOR_RE =
  /^(?:i tjänsten|med vänlig hälsning|beslutsunderlag|underlag för beslut|utdrag till|expedieras|beslutet skickas till|beslutet ska skickas till|skickas till|expedieras till|för kännedom|sändlista|justerandes sign|justering|underskrift|bilaga|bilagor|ärendebeskrivning|ärendet(?!\s+\p{Ll}+(?:s|r)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))|sammanfattning|bakgrund|yrkanden?|reservation|protokollsanteckning|beslutsgång|propositionsordning|paragraf|§\s*\d+)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

interface BlockStart {
  kind: Decision['kind'];
  actor: string | null;
  /** The first point's text when it is run in after the introduction ("… beslutar att godkänna …"). */
  inline: string | null;
  /** Lines the introduction took (2 when it wrapped). */
  lines: number;
  /** A summary heading ("Beslut i korthet"): the block restates a decision that may follow in full. */
  summary?: boolean;
  /** Found by a genitive heading form ("Förvaltningens förslag", "Nämndens beslut"). */
  genitive?: boolean;
}

/** "Regiondirektörens" → "Regiondirektören", "Arbetsutskottets" → "Arbetsutskottet". */
export function nominative(genitive: string): string {
  const trimmed = genitive.trim();
  if (/(?:ens|ets|ns|ts|iges)$/.test(trimmed)) return trimmed.slice(0, -1);
  // "Hälso- och sjukvårdsnämndens arbetsutskotts" → "… arbetsutskott".
  if (/(?:utskotts|presidiets|beredningens)$/.test(trimmed)) return trimmed.slice(0, -1);
  return trimmed;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clean(text: string): string {
  return text.replace(/\*+/g, '').trim();
}

/** A genitive actor that names nobody in particular ("Nämndens förslag" is the board's own). */
const VAGUE_GENITIVE_RE = /^(?:nämnd|region|förvaltning)en$/i;

/** A heading's own section number: "2 Förslag till beslut", "4.1 Beslut". */
const HEADING_NUMBER_RE = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{Lu})/u;

function headingStart(line: string): BlockStart | null {
  if (line.length > 140) return null;
  const text = line.replace(HEADING_NUMBER_RE, '');
  let m = GENITIVE_PROPOSAL_RE.exec(text);
  const proposer = m?.groups?.['actor'];
  if (proposer && /s$/.test(proposer) && !/^förslag/i.test(proposer)) {
    const actor = nominative(proposer);
    return {
      kind: 'proposal',
      actor: VAGUE_GENITIVE_RE.test(actor) ? null : capitalize(actor),
      inline: null,
      lines: 1,
      genitive: true,
    };
  }
  m = GENITIVE_DECISION_RE.exec(text);
  if (m?.groups?.['actor'])
    return {
      kind: 'decision',
      actor: capitalize(nominative(m.groups['actor'])),
      inline: null,
      lines: 1,
      genitive: true,
    };
  if (PLAIN_PROPOSAL_RE.test(text)) return { kind: 'proposal', actor: null, inline: null, lines: 1 };
  if (DECISION_HEADING_RE.test(text))
    return { kind: 'decision', actor: null, inline: null, lines: 1, summary: SUMMARY_HEADING_RE.test(text) };
  // "Förvaltningens förslag: Nämnden godkänner …", "Utskottets beslut: …": the genitive label with its
  // point run in after the colon.
  const genitive = GENITIVE_RUN_IN_RE.exec(text);
  const owner = genitive?.groups?.['actor'];
  const said = genitive?.groups?.['rest']?.trim() ?? '';
  if (owner && said && !/^förslag/i.test(owner) && !POINTS_ELSEWHERE_RE.test(said)) {
    const actor = nominative(owner);
    return {
      kind: /förslag/i.test(genitive?.groups?.['label'] ?? '') ? 'proposal' : 'decision',
      actor: VAGUE_GENITIVE_RE.test(actor) ? null : capitalize(actor),
      inline: said,
      lines: 1,
      genitive: true,
    };
  }
  const label = RUN_IN_LABEL_RE.exec(text);
  if (label?.groups) {
    const rest = label.groups['rest'] ?? '';
    return {
      kind: /förslag/i.test(label.groups['label'] ?? '') ? 'proposal' : 'decision',
      actor: null,
      inline: rest,
      lines: 1,
    };
  }
  return null;
}

/**
 * An actor group that holds a reported proposal of its own ("I motionen föreslås att regionfullmäktige",
 * "Ledamöterna för partiet yrkar att nämnden"): what follows is what someone asked the board to decide.
 */
const NOT_SUBJECT_RE = /\s(?:föreslås|föreslår|yrkas|yrkar|begärs|begär|hemställs|hemställer)\s+att\s/iu;
/**
 * Proposers whose proposal the paper reports rather than makes: a motion and its authors, a citizens'
 * proposal, an interpellation ("Motionären föreslår att regionfullmäktige beslutar: 1. att …").
 */
const REPORTED_ACTOR_RE =
  /^(?:i\s+)?(?:motion(?:en|ären|ärerna|ärer|s)?|medborgarförslag(?:et|sställaren)?|förslagsställ(?:aren|arna)|interpellant(?:en)?|skrivelsen|e-förslag(?:et)?|initiativtagar(?:en|na))$/iu;

/**
 * The rest of an introducing sentence that points at the points instead of stating one ("enligt
 * tabellen nedan.", "i uppställningen:"), or a remark in parentheses before the colon that opens them
 * ("(markerade alternativ):", "(se bilaga):").
 */
const POINTS_ELSEWHERE_RE =
  /^(?:(?:enligt|i|se)\s+(?:(?:nedanstående|följande|bifogade?|denna)\s+)?(?:tabell(?:en)?|uppställning(?:en)?|nedan)(?:\s+nedan)?\s*[.:]?|\([^()]{1,60}\)\s*:)$/iu;

function introStart(text: string): BlockStart | null {
  if (text.length > 400) return null;
  for (const form of introForms) {
    const m = form.re.exec(text);
    const actor = m?.groups?.['actor'];
    if (!m?.groups || !actor) continue;
    // "Om nämnden beslutar …": a subordinate clause is not the board deciding.
    if (/^(?:om|när|innan|då|eftersom|att|som|därefter)\s/i.test(actor)) continue;
    // "Ordföranden ställer proposition … och finner att nämnden beslutar enligt …": a subject holding a
    // clause's conjunction is a sentence whose board decides only in its subordinate clause (the chair's
    // finding, reported before the decision), not the board's introduction.
    if (/\s(?:att|om|när|eftersom|sedan)\s/iu.test(` ${actor.trim()} `.slice(1))) continue;
    // "I motionen föreslås att regionfullmäktige beslutar": a reported proposal inside the subject, or
    // a motion's author as the proposer, is a proposal made to the board, not the board's own.
    if (NOT_SUBJECT_RE.test(actor) || REPORTED_ACTOR_RE.test(actor.trim())) continue;
    const rest = (m.groups['rest'] ?? '').trim();
    // "… föreslås besluta enligt tabellen nedan.": the points stand in the table that follows.
    const inline = rest && !POINTS_ELSEWHERE_RE.test(rest) ? rest : null;
    return { kind: form.kind, actor: capitalize(actor.trim()), inline, lines: 1 };
  }
  return null;
}

/** A bullet before a line's text ("• ", "– ", "▪ "): a slide sets one before every paragraph. */
const LEADING_BULLET_RE = /^[•▪●◦■►➢–—-]\s+/u;

/**
 * The block that starts at line i, if any: a heading form, or an introducing sentence (perhaps wrapped).
 * `underHeading`: the line stands right under a decision heading, where a bulleted introduction ("• Nämnden
 * föreslås besluta att", a slide's bullet before each paragraph) introduces the points after it.
 */
function blockStartAt(lines: DocLine[], i: number, underHeading = false): BlockStart | null {
  const line = lines[i];
  if (!line) return null;
  const text = underHeading ? clean(line.text).replace(LEADING_BULLET_RE, '') : clean(line.text);
  const next = lines[i + 1];
  let heading = headingStart(text);
  // "Ordföranden ställer förvaltningens förslag" / "mot (S) yrkande och …": a sentence that wrapped
  // after a genitive and "förslag" — set as body text, its next line running on in lower case without
  // a paragraph gap (and not an "att"-point) — is no heading.
  if (
    heading?.genitive &&
    next &&
    !line.line.bold &&
    next.page === line.page &&
    next.gapBefore < next.line.fontSize * 0.9 &&
    /^\p{Ll}/u.test(clean(next.text)) &&
    !/^att\s/u.test(clean(next.text))
  )
    heading = null;
  // A heading word in the right half of the page whose next line starts far to its left is a cell of
  // a table's right column ("Beslut" / "i förvaltningsledningen" under Status), not a heading.
  if (
    heading &&
    next?.page === line.page &&
    line.line.x > line.pageWidth * 0.5 &&
    next.line.x < line.line.x - line.pageWidth * 0.25
  )
    return null;
  const start = heading ?? introStart(text);
  if (start) return start;
  // The sentence wrapped: after the verb ("Regionstyrelsen föreslår" / "regionfullmäktige besluta …"),
  // or after the actor ("Hälso- och sjukvårdsnämnden" / "föreslås besluta att …").
  const wrapped =
    INTRO_START_RE.test(text) ||
    (/^[A-ZÅÄÖ][A-Za-zªµºÀ-ÖØ-öø-ɏ\- ]{1,80}$/u.test(text) &&
      /^(?:föreslår|föreslås|beslutar)\s/u.test(clean(next?.text ?? '')));
  if (next && wrapped && next.page === line.page) {
    const joined = introStart(`${text} ${clean(next.text)}`);
    if (joined) return { ...joined, lines: 2 };
  }
  return null;
}

/* ------------------------------------------------------------------ markers */

type PointMarkerKind = 'number' | 'section' | 'numberLetter' | 'letter' | 'att' | 'bullet';

interface PointMarker {
  kind: PointMarkerKind;
  label: string;
  length: number;
}

const MARKER_FORMS: { re: RegExp; kind: PointMarkerKind }[] = [
  // "2.1 Godkänna …", "2.1. …": a point numbered within a section.
  { re: /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)/u, kind: 'section' },
  // "1 a) …", "1a. …": lettered under a number.
  { re: /^(\d{1,2}\s?[a-zåäö])[.)]\s+(?=\S)/u, kind: 'numberLetter' },
  { re: /^(\d{1,2})[.)]\s+(?=\S)/u, kind: 'number' },
  { re: /^\((\d{1,2})\)\s+(?=\S)/u, kind: 'number' },
  { re: /^([a-zåäö])[.)]\s+(?=\S)/u, kind: 'letter' },
  { re: /^\(([a-zåäö])\)\s+(?=\S)/u, kind: 'letter' },
  // "- att godkänna …", "• att …": the bullet is decoration; the point is an "att" clause.
  { re: /^(?:[•▪●◦■\-–—*·]\s+)?(att)\s+(?=\S)/u, kind: 'att' },
  { re: /^([•▪●◦■\-–—*·])\s+(?=\S)/u, kind: 'bullet' },
  // A ticked box of a decision form ("☒ Godkänna …", "[X] …"): the option chosen.
  { re: /^([☒☑✓✔⊠]|\[[xX✓]\])\s+(?=\S)/u, kind: 'bullet' },
];

/** An option left unticked on a decision form ("☐ Återremittera …", "[ ] …"): not decided. */
const UNTICKED_RE = /^(?:[☐□]|\[\s?\])\s+(?=\S)/u;

function pointMarker(text: string): PointMarker | null {
  for (const { re, kind } of MARKER_FORMS) {
    const m = re.exec(text);
    if (m?.[1]) {
      const label = kind === 'numberLetter' ? m[1].replace(/\s+/g, '') : m[1];
      return { kind, label, length: m[0].length };
    }
  }
  return null;
}

/**
 * Run-in clauses: "att godkänna rapporten, att uppdra åt … samt att förklara …" → three points. An
 * "att" clause that says when or how long the decision holds ("…, att gälla från och med …", "att börja
 * gälla …", "att träda i kraft …", "att tillämpas …") has no verb of a decision of its own: it is the
 * infinitive of the clause before it.
 */
// Plain strings, not String.raw: the CLI bundle rewrites a tagged template holding non-ASCII letters
// (tests/unit/cli-bundle.test.ts).
// Nor before a passive infinitive ("…, att redovisas för styrelsen", "tillämpas"): that "att" goes on
// the clause before. An adverbial after "att" is no such sign: "att i övrigt lägga …", "att för egen del
// anta …" and "att enligt förslaget fördela …" open points of their own.
const POINT_ATT =
  '(?=att\\s(?!(?:(?:börja\\s+)?gälla|träda\\s+i\\s+kraft|[a-zåäö]+[aeiouyåäö]s)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])))';
const RUN_IN_SPLIT_RE = new RegExp(`(?:,|;)\\s+(?:samt\\s+)?${POINT_ATT}|\\s+samt\\s+${POINT_ATT}`, 'u');

function splitRunIn(text: string): string[] {
  const body = text.replace(/^att\s+/u, '');
  const parts = body.split(RUN_IN_SPLIT_RE).map((p) => p.replace(/^att\s+/u, '').trim());
  return parts.filter((p) => p.length > 0);
}

/* ------------------------------------------------------------------ points */

interface Point {
  id: string;
  parentId: string | null;
  kind: PointMarkerKind | null;
  parts: string[];
  page: number;
  actor: string | null;
  x: number;
  /** Its marker had a bullet or dash ("– att …", "• …"). */
  bulleted?: boolean;
  /** A clause run in after the block's introduction ("Nämnden beslutar att …"). */
  runIn?: boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäö';

/**
 * The board a point names as the one who acts ("Regionstyrelsen godkänner …"). Not the one a point gives
 * a task ("Förvaltningen får i uppdrag att …", "Regiondirektören uppdras att …"): that is the one who is
 * told, and the block's own actor is the one who decides.
 */
const ACTOR_IN_POINT_RE =
  /^(?<actor>[A-ZÅÄÖ][A-Za-zªµºÀ-ÖØ-öø-ɏ\- ]{2,80}?)\s+(?:föreslår|beslutar|godkänner|antar|fastställer|uppdrar|ger|beviljar|avslår|bifaller|noterar|lägger|överlämnar)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** A board referred to by its kind only: the block's own actor says which. */
const GENERIC_ACTOR_RE = /^(?:nämnden|styrelsen|fullmäktige|utskottet|arbetsutskottet|beredningen)$/iu;

/** A point ends with a colon or "följande": what comes next are its sub-points or a quoted list. */
const OPENS_LIST_RE = /(?::|följande|enligt nedan|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])att)\s*$/iu;

/** An agenda item's own heading: "§ 12", "§ 12 Budget 2026". */
const AGENDA_ITEM_RE = /^§\s*\d{1,4}(?!\s*\/)(?:\s|$)/u;

export interface DecisionResult {
  decisions: Decision[];
  /** Doc line indexes inside decision blocks: list passes must not read them as measures. */
  consumed: Set<number>;
}

export function extractDecisions(layout: Layout, options: { bodyFontSize: number }): DecisionResult {
  const first = decisionsOf(layout, options);
  // A paper without any block of its own whose proposal is a yrkande under a heading of its own
  // ("Yrkande" / "Presidiet yrkar att regionstyrelsen beslutar:"): the yrkande is its proposal.
  if (first.decisions.length > 0 || !layout.lines.some((l) => /^yrkanden?\s*:?$/iu.test(clean(l.text))))
    return first;
  introForms = [...INTRO_FORMS, YRKANDE_FORM];
  try {
    const second = decisionsOf(layout, options);
    return second.decisions.length > 0 ? second : first;
  } finally {
    introForms = INTRO_FORMS;
  }
}

function decisionsOf(layout: Layout, options: { bodyFontSize: number }): DecisionResult {
  const decisions: Decision[] = [];
  const consumed = new Set<number>();
  const lines = layout.lines;
  const measure = textMeasure(lines);
  let blockCount = 0;
  const blocks: { start: BlockStart; points: Point[]; first: number; end: number }[] = [];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || consumed.has(line.index)) continue;
    const start = blockStartAt(lines, i);
    if (!start) continue;

    let headerLines = start.lines - 1;
    let blockLines: DocLine[] = [];
    let tableLines: DocLine[] = [];
    for (let j = i + start.lines; j < lines.length; j++) {
      const next = lines[j];
      if (!next) break;
      if (blockLines.length === 0 && start.inline === null) {
        // The points as the rows of a table ("Nr | Beslutspunkt", "Beslut | Motivering").
        const table = pointTable(lines, j);
        if (table) {
          headerLines = j - i;
          blockLines = table.points;
          tableLines = table.used;
          break;
        }
      }
      if (blockLines.length === 0 && start.inline === null) {
        // "Förslag till beslut" followed by "Regionstyrelsen föreslår regionfullmäktige besluta följande:"
        // or by "Nämnden beslutar att godkänna …": one block, whose actor and kind the second line gives.
        const restart = blockStartAt(lines, j, true);
        if (restart) {
          start.kind = restart.kind;
          start.actor = restart.actor ?? start.actor;
          start.inline = restart.inline;
          headerLines += restart.lines;
          j += restart.lines - 1;
          continue;
        }
      }
      const text = clean(next.text);
      // "för kännedom," / "ärendet till …" in lower case after a line that did not end its sentence
      // continues a point ("att överlämna rapporten till regionstyrelsen" / "för kännedom,"): not the
      // heading of a distribution list or of the next section.
      const continues =
        /^\p{Ll}/u.test(text) &&
        blockLines.length > 0 &&
        !/[.!?:]$/u.test(clean(blockLines.at(-1)?.text ?? '.'));
      if (
        (TERMINATOR_RE.test(text) && !continues) ||
        headingStart(text) ||
        // Another introduction after the points, or after a run-in clause ("Utskottet beslutar att …" /
        // "Utskottet föreslår styrelsen besluta att …"), starts a block of its own.
        ((blockLines.length > 0 || start.inline !== null) && introStart(text))
      )
        break;
      const marker = pointMarker(text);
      if (!marker && setBackAfterPoints(next, blockLines, text)) break;
      // A row of figures only (a table row of the other column, read in between): no point's words.
      if (blockLines.length > 0 && !marker && figuresOnly(next)) continue;
      // A bold heading-like line ("Ekonomiska konsekvenser") ends the block.
      if (next.line.bold && !marker && text.length < 90 && !/[.,;:]$/.test(text)) break;
      // A heading-sized line ends the block (numbered points themselves are body-sized). Sized against
      // the block's own first point as well: where small table text makes up most of the paper, the
      // points' wrapped lines are larger than the document's body size and no headings for that.
      const pointSize = Math.max(options.bodyFontSize, blockLines[0]?.line.fontSize ?? 0);
      if (next.line.fontSize > pointSize * 1.15 && !marker) break;
      // A numbered heading ("3.2 Bakgrund") set apart after the points: the block is over.
      if (
        marker?.kind === 'section' &&
        next.gapBefore > next.line.fontSize * 0.9 &&
        !/[.,;:]$/.test(text) &&
        text.length < 60 &&
        blockLines.length > 0 &&
        (next.line.bold || next.line.fontSize > options.bodyFontSize * 1.05)
      )
        break;
      // An unnumbered decision is one paragraph: a gap after it ends the block.
      const anyMarker = start.inline !== null || blockLines.some((l) => pointMarker(clean(l.text)));
      if (!anyMarker && !marker && blockLines.length > 0 && next.gapBefore > next.line.fontSize * 0.9) break;
      if (blockLines.length > 80) break;
      // A footnote or page footer set smaller than the text, between or after the points (a page
      // model that read a column of points, the notes under it, then the next column): not a point's.
      if (blockLines.length > 0 && !marker && next.line.fontSize < options.bodyFontSize * 0.85) continue;
      // A footnote under the introduction at the foot of its page, the points on the next page: set
      // smaller than the introduction and opening with its note number ("1 Enligt …"), no point.
      const intro = lines[i + headerLines];
      if (
        !marker &&
        intro &&
        FOOTNOTE_START_RE.test(text) &&
        next.line.fontSize < intro.line.fontSize * 0.9 &&
        lines[j + 1] !== undefined &&
        lines[j + 1]?.page !== next.page
      )
        continue;
      blockLines.push(next);
    }
    // "Förslag till beslut" over a paragraph of background ("Enligt beslut i nämnden … ska …") and then
    // the introducing sentence ("Nämnden föreslås besluta att"): the paragraph is no decision; the
    // heading announces the block that the introducing sentence opens.
    if (
      start.inline === null &&
      headerLines === 0 &&
      headingStart(clean(line.text)) !== null &&
      blockLines.length > 0 &&
      !blockLines.some((l) => pointMarker(clean(l.text))) &&
      introFollows(lines, i + 1 + blockLines.length, options.bodyFontSize)
    )
      continue;
    // A decision heading over one sentence that points to where the decision is ("Nämndens beslut
    // framgår av bifogat protokollsutdrag", "Beslutet redovisas i bilaga 2"): a pointer, no decision.
    if (
      start.inline === null &&
      headingStart(clean(line.text)) !== null &&
      blockLines.length > 0 &&
      !blockLines.some((l) => pointMarker(clean(l.text))) &&
      POINTER_RE.test(joinLines(blockLines.map((l) => clean(l.text))))
    )
      continue;
    const points = parsePoints(
      pointColumns(columnFlow(blockLines)),
      start,
      line,
      measure,
      lines[i + headerLines],
    );
    if (points.length === 0) continue;
    for (let k = 0; k <= headerLines; k++) {
      const l = lines[i + k];
      if (l) consumed.add(l.index);
    }
    const used = tableLines.length > 0 ? tableLines : blockLines;
    for (const l of used) consumed.add(l.index);
    blocks.push({ start, points, first: i, end: i + headerLines + used.length });
    i += headerLines + used.length;
  }
  // A summary ("Beslut i korthet") that the item's full decision follows restates it: the full block
  // is the decision. Up to the next agenda item (a line opening with "§ 12"), the summary yields to
  // the next block; a summary standing alone (a paper of summaries) is the decision it summarizes.
  const kept = blocks.filter((block, k) => {
    const next = blocks[k + 1];
    if (!block.start.summary || !next || next.start.summary) return true;
    for (let j = block.end + 1; j < next.first; j++)
      if (AGENDA_ITEM_RE.test(clean(lines[j]?.text ?? ''))) return true;
    return false;
  });
  for (const { start, points } of kept) {
    blockCount++;
    const prefix = blockCount > 1 ? `${blockCount}:` : '';
    for (const point of points) {
      const joined = joinLines(point.parts);
      // "att godkänna rapporten," / "… samt": the joiner belongs between clauses, not to the point.
      const text = point.kind === 'att' ? joined.replace(/(?:[,;]?\s+(?:samt|och)|[,;])\s*$/u, '') : joined;
      if (!text) continue;
      decisions.push({
        id: `${prefix}${point.id}`,
        parentId: point.parentId === null ? null : `${prefix}${point.parentId}`,
        kind: start.kind,
        // "Nämnden godkänner …" under "Hälso- och sjukvårdsnämndens beslut": the block names the board.
        actor:
          point.actor && (start.actor === null || !GENERIC_ACTOR_RE.test(point.actor))
            ? point.actor
            : start.actor,
        text,
        page: point.page,
      });
    }
  }
  return { decisions, consumed };
}

/** A decision table's column of points, or of their numbers: "Nr | Beslutspunkt", "Beslut | Motivering". */
const POINT_TEXT_HEADER_RE =
  /^(?:beslutspunkt(?:er)?|beslut(?:et)?|beslutsförslag|förslag(?:\s+till\s+beslut)?|att-?satse?r?|beslutstext)$/iu;
const POINT_NUMBER_HEADER_RE = /^(?:nr|nummer|punkt|p\.?)$/iu;
/** A row's number cell: "2", "2 a)", "2a" (a sub-point lettered under 2). */
const ROW_NUMBER_RE = /^(\d{1,2})(?:\s?([a-zåäö])\)?)?\.?$/u;

interface PointTable {
  /** One line per row, its text marked as a point ("2. …", "2 a) …", "• …"). */
  points: DocLine[];
  /** Every line the table took (header, rows, wrapped lines). */
  used: DocLine[];
}

/**
 * Decision points set as the rows of a table right after the block's start: a header row whose cells
 * name the points' column ("Beslutspunkt", "Beslut", "Förslag till beslut"), with a number column before
 * it or not and other columns after it ("Motivering", "Ansvarig") whose cells are no part of a point. A
 * header cell that the page model read as a line of its own (a word processor's table, one column after
 * the other) is found beside it at the same height. Each row is a point: numbered by its number cell, or
 * by position where the table has none; a row starts at its number cell, or — without numbers — after a
 * gap wider than a wrapped line's. The table ends at the block's usual ends (a heading, a terminator
 * word) or at a line left of the table.
 */
function pointTable(lines: DocLine[], at: number): PointTable | null {
  const header = lines[at];
  if (!header) return null;
  const tolerance = header.line.fontSize * 0.4;
  const beside = lines.filter(
    (l) =>
      l !== header &&
      l.page === header.page &&
      Math.abs(l.line.y - header.line.y) <= tolerance &&
      l.line.x > header.line.x + header.line.width,
  );
  const cells = [...header.line.segments, ...beside.flatMap((l) => l.line.segments)]
    .map((segment) => ({ x: segment.x, text: clean(segment.text) }))
    .sort((a, b) => a.x - b.x);
  if (cells.length < 2 || cells.length > 6) return null;
  if (cells.some((cell) => cell.text.length > 30 || /[.,;:]$/u.test(cell.text))) return null;
  const textColumn = cells.findIndex((cell) => POINT_TEXT_HEADER_RE.test(cell.text));
  if (textColumn < 0 || textColumn > 1) return null;
  const numbered = textColumn === 1;
  if (numbered && !POINT_NUMBER_HEADER_RE.test(cells[0]?.text ?? '')) return null;
  const textX = (cells[textColumn]?.x ?? 0) - tolerance;
  const stopX = (cells[textColumn + 1]?.x ?? Number.POSITIVE_INFINITY) - tolerance;
  const left = Math.min(header.line.x, cells[0]?.x ?? header.line.x);
  const used: DocLine[] = [header, ...beside];
  const rows: { first: DocLine; label: string | null; parts: string[] }[] = [];
  for (let j = at + 1; j < lines.length; j++) {
    const l = lines[j];
    if (!l || beside.includes(l)) continue;
    const text = clean(l.text);
    if (l.page !== header.page && l.gapBefore !== Number.POSITIVE_INFINITY) break;
    if (l.line.x < left - tolerance * 2) break;
    if (TERMINATOR_RE.test(text) || headingStart(text) || introStart(text)) break;
    // A line set smaller than the table's rows right under it: a footnote to the paper ("4 Region-
    // styrelsen 2025-04-21, § 119."), its note number no next point's.
    const rowSize = rows[0]?.first.line.fontSize ?? 0;
    if (rowSize > 0 && l.line.fontSize < rowSize * 0.9) break;
    // The cells of the point column; a number cell before it, or a number run into it (a sheet's
    // right-aligned number cell read with the text beside it).
    const own = l.line.segments.filter((segment) => segment.x + segment.width > textX && segment.x < stopX);
    const before = l.line.segments.filter((segment) => segment.x + segment.width <= textX);
    let label: string | null = null;
    let words = own.map((segment) => clean(segment.text)).join(' ');
    if (numbered) {
      const cell = before.map((segment) => clean(segment.text)).join(' ');
      const runIn = /^(\d{1,2}(?:\s?[a-zåäö]\))?)\s+(?=\p{Lu})/u.exec(words);
      if (cell && ROW_NUMBER_RE.test(cell)) label = cell;
      else if (!cell && runIn?.[1] && (own[0]?.x ?? 0) < textX + tolerance) {
        label = runIn[1];
        words = words.slice(runIn[0].length);
      } else if (cell) break;
    }
    // Only other columns' cells on this line (a wrapped "Motivering" cell): nothing of a point.
    if (!words && !label) {
      if (l.line.segments.every((segment) => segment.x >= stopX)) {
        used.push(l);
        continue;
      }
      break;
    }
    const startsRow = numbered ? label !== null : rows.length === 0 || l.gapBefore > l.line.fontSize * 0.6;
    const open = rows.at(-1);
    if (!startsRow && open) open.parts.push(words);
    else if (!startsRow) break;
    else rows.push({ first: l, label, parts: [words] });
    used.push(l);
  }
  if (rows.length === 0) return null;
  const points = rows.map((row) => {
    const m = row.label ? ROW_NUMBER_RE.exec(row.label) : null;
    const marker = m ? (m[2] ? `${m[1]} ${m[2]})` : `${m[1]}.`) : '•';
    const text = normalizeText(`${marker} ${joinLines(row.parts)}`);
    return { ...row.first, text, line: { ...row.first.line, text, x: row.first.line.x } };
  });
  return { points, used };
}

/**
 * Whether an introducing sentence ("Nämnden föreslås besluta att", "Regionstyrelsen beslutar") opens a
 * paragraph within the next few body paragraphs from line `from`, before any heading.
 */
function introFollows(lines: DocLine[], from: number, bodyFontSize: number): boolean {
  for (let k = from; k < Math.min(lines.length, from + 30); k++) {
    const l = lines[k];
    if (!l) break;
    const text = clean(l.text);
    if (headingStart(text) || l.line.fontSize > bodyFontSize * 1.15) return false;
    if (l.line.bold && text.length < 90 && !/[.,;:]$/.test(text)) return false;
    const start = blockStartAt(lines, k);
    if (start && start.actor !== null) return true;
  }
  return false;
}

/**
 * Text set line by line wraps a word onto the next line only when it does not fit on the line before:
 * when the next line's first word (its width estimated from the line's own letters) would not have
 * fitted after the line before within the measure, the line before wrapped and the two are one
 * sentence ("- att uppdra åt hälso- och" / "sjukvårdsdirektören att …" in a narrow column).
 */
function wrappedOnto(before: DocLine, line: DocLine, measure: number): boolean {
  const text = clean(line.text);
  const word = text.split(/\s+/u)[0] ?? '';
  if (word.length === 0 || text.length === 0) return false;
  const perChar = line.line.width / text.length;
  const space = line.line.fontSize * 0.3;
  return before.line.x + before.line.width + space + word.length * perChar > measure;
}

/** A footnote's opening: its note number, plain or superscript, before a capital ("1 Enligt …", "² Se …"). */
const FOOTNOTE_START_RE = /^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s?\p{Lu}/u;

/**
 * A line set back left of where the points' numbers stand (a word processor's list is indented; the
 * margin is left of it), opening a capital (or a note number and a capital), after a point line that ended well short of the right
 * margin: a signature or a paragraph of its own after the list, no part of the last point. A point's
 * line that ran to the margin may wrap back to the page's edge (a list without a hanging indent).
 */
function setBackAfterPoints(next: DocLine, blockLines: DocLine[], text: string): boolean {
  const marked = blockLines.find((l) => pointMarker(clean(l.text)));
  const last = blockLines.at(-1);
  // A footnote opens with its note number before the capital ("4 Regionstyrelsen 2025-02-23, § 108.").
  if (!marked || !last || last.page !== next.page || !/^(?:\d{1,2}\s+)?\p{Lu}/u.test(text)) return false;
  const markerX = marked.line.x;
  if (next.line.x > markerX - Math.max(6, next.line.fontSize * 0.8)) return false;
  // The list itself never came back to that edge.
  if (blockLines.some((l) => l.line.x < markerX - 2)) return false;
  return last.line.x + last.line.width < last.pageWidth * 0.7;
}

/** A line made of figures alone ("32,7  29,4  34,7"): a table row, never the words of a point. */
function figuresOnly(line: DocLine): boolean {
  const segments = line.line.segments;
  return (
    segments.length >= 2 && segments.every((segment) => /^[\d\s.,:()%*+\-−–]+$/u.test(clean(segment.text)))
  );
}

/** A line's segments moved left by `shift` (or a subset of them): one column read as set at another's edge. */
function placedPart(l: DocLine, placed: LineSegment[], shift: number): DocLine {
  const segments = placed.map((segment) => ({ ...segment, x: segment.x - shift }));
  const first = segments[0] as LineSegment;
  const last = segments[segments.length - 1] as LineSegment;
  const text = segments.map((segment) => segment.text).join('  ');
  return {
    ...l,
    text: normalizeText(text),
    line: { ...l.line, text, segments, x: first.x, width: last.x + last.width - first.x },
  };
}

/**
 * Decision points that flow from one text column into the next (a two-column page that the page model
 * reads column by column): where a line on the same page stands no lower than the line before it (higher,
 * or beside it) and starts well right of the left edge of the block's lines so far, the next column
 * begins. Its lines are
 * read as if set at the first column's edge, so that a point continued there ("att genomföra …" under
 * "2. att uppdra åt …") is not taken for a sub-point indented under it, nor the column's next numbered
 * point for a quoted list.
 */
function columnFlow(blockLines: DocLine[]): DocLine[] {
  let previous: DocLine | null = null;
  let left = Number.POSITIVE_INFINITY;
  let column: { edge: number; shift: number } | null = null;
  const out: DocLine[] = [];
  for (const l of blockLines) {
    if (previous && l.page !== previous.page) {
      left = Number.POSITIVE_INFINITY;
      column = null;
    } else if (
      previous &&
      l.line.y < previous.line.y + l.line.fontSize * 0.5 &&
      l.line.x > left + l.pageWidth * 0.25
    ) {
      column = { edge: l.line.x - 2, shift: l.line.x - left };
    }
    if (column && l.line.x >= column.edge) out.push(placedPart(l, l.line.segments, column.shift));
    else {
      out.push(l);
      left = Math.min(left, l.line.x);
    }
    previous = l;
  }
  return out;
}

/**
 * Decision points set in two columns that the page model kept on shared lines (a block too short for
 * a column region): when a line's text up to a segment and from it on each open a numbered or "att"
 * point, that segment's left edge is the second column's; each line's segments from there on are read
 * after the whole first column. A justified column sets its words as segments of their own ("2." "att"
 * "uppdra" …), so the opening is read over the segments that follow, and then another line of the block
 * must start a segment at the same edge (the column's next line) for it to count.
 */
function pointColumns(blockLines: DocLine[]): DocLine[] {
  const opens = (text: string) => {
    const kind = pointMarker(clean(text))?.kind;
    return kind !== undefined && kind !== 'bullet';
  };
  const textOf = (segments: LineSegment[]) => segments.map((segment) => segment.text).join(' ');
  const startsAt = (x: number, except: DocLine) =>
    blockLines.some(
      (l) => l !== except && l.line.segments.some((segment, k) => k > 0 && Math.abs(segment.x - x) <= 2),
    );
  let edge: number | null = null;
  for (const l of blockLines) {
    const segments = l.line.segments;
    for (let k = 1; k < segments.length && edge === null; k++) {
      const second = segments[k] as LineSegment;
      if (!opens(textOf(segments.slice(0, k)))) continue;
      if (opens(second.text) || (opens(textOf(segments.slice(k))) && startsAt(second.x, l))) edge = second.x;
    }
    if (edge !== null) break;
  }
  if (edge === null) return blockLines;
  const at = edge - 2;
  // The second column is read as if set at the first one's left edge, so that its points are not
  // taken for a list indented under the first column's last point.
  const left = Math.min(...blockLines.map((l) => l.line.x));
  const lefts: DocLine[] = [];
  const rights: DocLine[] = [];
  for (const l of blockLines) {
    const first = l.line.segments.filter((segment) => segment.x < at);
    const second = l.line.segments.filter((segment) => segment.x >= at);
    if (first.length > 0) lefts.push(placedPart(l, first, 0));
    if (second.length > 0) rights.push(placedPart(l, second, Math.max(0, edge - left)));
  }
  return [...lefts, ...rights];
}

const BULLET_START_RE = /^[•▪●◦■\-–—*·]\s/u;

/**
 * The measure of running text at a line's left edge: the right edge most lines that start there
 * (on pages of the same width) reach, the 90th percentile so a heading or a table row does not set
 * it. A line ending well short of it ended its paragraph or point rather than wrapped.
 */
/**
 * The right edge of a line's text run from its left edge: where a wide gap parts its segments (a table
 * row of one column read on one line with the other column's text beside it), the run ends before it.
 */
function runRight(l: DocLine): number {
  const segments = l.line.segments;
  let right = l.line.x + l.line.width;
  for (let k = 1; k < segments.length; k++) {
    const a = segments[k - 1] as LineSegment;
    const b = segments[k] as LineSegment;
    if (b.x - (a.x + a.width) > l.line.fontSize * 4) {
      right = a.x + a.width;
      break;
    }
  }
  return right;
}

function textMeasure(lines: DocLine[]): (line: DocLine) => number {
  const cache = new Map<string, number>();
  return (line) => {
    const key = `${line.pageWidth}|${Math.round(line.line.x)}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const rights = lines
      .filter((l) => l.pageWidth === line.pageWidth && Math.abs(l.line.x - line.line.x) <= 3)
      .map(runRight)
      .sort((a, b) => a - b);
    const measure =
      rights.length >= 3 ? (rights[Math.floor(rights.length * 0.9)] ?? line.pageWidth) : line.pageWidth;
    cache.set(key, measure);
    return measure;
  };
}

function parsePoints(
  allLines: DocLine[],
  start: BlockStart,
  startLine: DocLine,
  measure: (line: DocLine) => number,
  /** The introduction's last line (the one the run-in first clause stands on). */
  introLine?: DocLine,
): Point[] {
  const points: Point[] = [];
  let blockLines = allLines;
  // Assigned inside the helpers below; the casts keep TypeScript from narrowing them to null.
  let top = null as Point | null;
  let current = null as Point | null;
  let topKind: PointMarkerKind | null = null;
  let positional = 0;
  let subCount = 0;
  const preamble: DocLine[] = [];

  const addTop = (id: string, kind: PointMarkerKind | null, text: string, page: number, x: number) => {
    const actor = ACTOR_IN_POINT_RE.exec(text)?.groups?.['actor'] ?? null;
    current = { id, parentId: null, kind, parts: [text], page, actor, x };
    top = current;
    subCount = 0;
    points.push(current);
  };
  const addSub = (
    parent: Point,
    label: string | null,
    kind: PointMarkerKind,
    text: string,
    page: number,
    x: number,
  ) => {
    subCount++;
    const letter = label ?? LETTERS[subCount - 1] ?? String(subCount);
    current = { id: `${parent.id}${letter}`, parentId: parent.id, kind, parts: [text], page, actor: null, x };
    points.push(current);
  };

  // A run-in first point after the introduction: "… beslutar att godkänna …, att uppdra …".
  if (start.inline !== null) {
    const inlineMarker = pointMarker(start.inline);
    if (inlineMarker && inlineMarker.kind !== 'att' && inlineMarker.kind !== 'bullet') {
      // "Beslut: 1. Godkänna …" — the numbered point itself.
      topKind = inlineMarker.kind;
      addTop(
        inlineMarker.label,
        inlineMarker.kind,
        start.inline.slice(inlineMarker.length),
        startLine.page,
        startLine.line.x,
      );
    } else {
      // The run-in sentence wraps: its clauses continue on the unmarked lines that follow it (up to
      // a paragraph gap or the first marked point), and ", att …" splits there as on the first line.
      let sentence = start.inline;
      let taken = 0;
      let before = introLine;
      for (const line of blockLines) {
        const text = clean(line.text);
        // A line opening with "att" continues the sentence when the line before was full (the word
        // would not have fitted there) and ended no clause: "… uppdra åt förvaltningen" / "att utreda …".
        const marker = pointMarker(text);
        const wrappedAtt =
          marker?.kind === 'att' &&
          before !== undefined &&
          before.page === line.page &&
          !/(?:[,;.]|\s(?:samt|och))\s*$/u.test(sentence) &&
          wrappedOnto(before, line, measure(before));
        // A clause of the run-in sentence closed by a comma or a semicolon (or by "samt") at the end of
        // the line: the "att" opening the next line is the sentence's next clause, split below as on
        // one line ("… beslutar att godkänna …," / "att uppdra …, att …").
        const nextClause =
          marker?.kind === 'att' &&
          before !== undefined &&
          before.page === line.page &&
          /(?:[,;]|\ssamt)\s*$/u.test(sentence);
        if (
          /[.!]$/u.test(sentence) ||
          (marker && !wrappedAtt && !nextClause) ||
          line.gapBefore > line.line.fontSize * 0.9
        )
          break;
        sentence = joinLines([sentence, text]);
        taken++;
        before = line;
      }
      blockLines = blockLines.slice(taken);
      // A finished sentence set apart from what follows (a signature, a distribution list): the
      // unmarked lines after the gap are not part of its last clause.
      const after = blockLines[0];
      if (after && /[.!]$/u.test(sentence) && after.gapBefore > after.line.fontSize * 0.9) {
        const firstMarked = blockLines.findIndex((l) => pointMarker(clean(l.text)) !== null);
        blockLines = firstMarked < 0 ? [] : blockLines.slice(firstMarked);
      }
      const clauses = splitRunIn(sentence);
      for (const clause of clauses) {
        positional++;
        addTop(String(positional), 'att', clause, startLine.page, startLine.line.x);
        if (current) current.runIn = true;
      }
      topKind = clauses.length > 0 ? 'att' : null;
    }
  }

  let previous: DocLine | null = null;
  let unticked = false;
  for (const line of blockLines) {
    const text = clean(line.text);
    const marker = pointMarker(text);
    const x = line.line.x;
    // An unticked option and the lines it wraps onto are no point; the next marked line is.
    if (UNTICKED_RE.test(text)) {
      unticked = true;
      continue;
    }
    if (unticked && !marker) continue;
    unticked = false;
    const open: Point | null = current;
    const before = previous;
    previous = line;
    if (!marker) {
      // A dash that OCR dropped: a lower-case line at the text indent of a dashed point, after a
      // line of that point that ended short of the text's measure (a wrapped line fills it), starts
      // the next point of the same list.
      // Not under a dashed "att" point: a dash lost before "att" leaves the "att" that marks the next
      // point, so its unmarked line is a wrapped line of a point set in a narrow column or box.
      if (
        open &&
        before &&
        open.parentId === null &&
        open.bulleted &&
        open.kind !== 'att' &&
        points.every((p) => p.parentId === null && p.bulleted) &&
        /^\p{Ll}/u.test(text) &&
        x > open.x + 4 &&
        x < open.x + 30 &&
        before.line.x + before.line.width < 0.8 * measure(before) &&
        !wrappedOnto(before, line, measure(before))
      ) {
        positional++;
        addTop(String(positional), open.kind ?? 'bullet', text.replace(/^att\s+/u, ''), line.page, open.x);
        if (current) current.bulleted = true;
        continue;
      }
      if (open) open.parts.push(text);
      else preamble.push(line);
      continue;
    }
    const body = text.slice(marker.length);
    const openTop: Point | null = top;
    if (topKind === null) {
      topKind = marker.kind === 'numberLetter' ? 'number' : marker.kind;
    }
    // Lettered under a number: "1 a) …" (explicit), or "a)" after a numbered point.
    if (marker.kind === 'numberLetter') {
      const parentLabel = marker.label.replace(/[a-zåäö]$/u, '');
      let parent = points.find((p) => p.id === parentLabel && p.parentId === null) ?? null;
      if (!parent) {
        addTop(parentLabel, 'number', '', line.page, x);
        parent = top;
      }
      if (parent) {
        subCount = LETTERS.indexOf(marker.label.slice(-1));
        addSub(parent, marker.label.slice(-1), 'letter', body, line.page, x);
        top = parent;
      }
      continue;
    }
    // "2.1", "2.2" under "2." (a multilevel list numbering the sub-points within their point): sub-points
    // keeping their printed label, in sequence from 1 under the open numbered point.
    if (openTop && topKind === 'number' && marker.kind === 'section') {
      const subs = points.filter((p) => p.parentId === openTop.id).length;
      if (marker.label === `${openTop.id}.${subs + 1}`) {
        current = {
          id: marker.label,
          parentId: openTop.id,
          kind: 'section',
          parts: [body],
          page: line.page,
          actor: null,
          x,
        };
        points.push(current);
        continue;
      }
    }
    if (openTop && marker.kind !== topKind) {
      const subordinate =
        (marker.kind === 'letter' && (topKind === 'number' || topKind === 'section')) ||
        ((marker.kind === 'bullet' || marker.kind === 'att') &&
          OPENS_LIST_RE.test(joinLines(openTop.parts))) ||
        x > openTop.x + 8;
      if (subordinate && marker.kind !== 'number' && marker.kind !== 'section') {
        addSub(openTop, marker.kind === 'letter' ? marker.label : null, marker.kind, body, line.page, x);
        continue;
      }
      // A numbered list quoted inside a lettered or "att" point, or deeper than the points: its text.
      if (open) {
        open.parts.push(text);
        continue;
      }
    }
    if (openTop && marker.kind === topKind) {
      // "1. … följande delar: 1. … 2. …" — a quoted list restarts or skips the numbering, or stands deeper.
      const quoted =
        x > openTop.x + 8 ||
        (marker.kind === 'number' &&
          Number(marker.label) !== Number(openTop.id) + 1 &&
          OPENS_LIST_RE.test(joinLines(openTop.parts))) ||
        (marker.kind === 'section' && !sameSection(openTop.id, marker.label)) ||
        // A run-in clause wrapped before a subordinate "att" ("… att notera" / "att planen inte …"):
        // a new clause follows a clause's end — a comma, a semicolon, a full stop, "samt", "och".
        (marker.kind === 'att' &&
          open !== null &&
          open.runIn === true &&
          !/(?:[,;.]|\s(?:samt|och))\s*$/u.test(joinLines(open.parts)));
      if (quoted && open) {
        open.parts.push(text);
        continue;
      }
    }
    if (marker.kind === 'att' || marker.kind === 'bullet') {
      positional++;
      addTop(String(positional), marker.kind, body, line.page, x);
      if (current) current.bulleted = BULLET_START_RE.test(text);
    } else {
      addTop(marker.label, marker.kind, body, line.page, x);
    }
  }

  const recovered = pointsWithLostMarkers(preamble, points);
  if (recovered) return recovered;

  if (points.length === 0 && preamble.length > 0) {
    // A list whose bullets were drawn as shapes (no text): lines at one indent, each opening with a
    // capital, none wrapped onto the next (its first word would have fitted on the line before within
    // the text's measure), none ending mid-clause. Each line is a point of its own.
    const bodyMeasure = measure(startLine);
    const lineList =
      preamble.length >= 2 &&
      preamble.every(
        (l, k) =>
          /^\p{Lu}/u.test(clean(l.text)) &&
          !/(?:[,;:\-\u2010]|\s(?:och|samt|eller))$/u.test(clean(l.text)) &&
          Math.abs(l.line.x - (preamble[0] as DocLine).line.x) <= 2 &&
          (k === 0 ||
            !wrappedOnto(
              preamble[k - 1] as DocLine,
              l,
              Math.max(measure(preamble[k - 1] as DocLine), bodyMeasure),
            )),
      );
    if (lineList)
      return preamble.map((l, k) => ({
        id: String(k + 1),
        parentId: null,
        kind: null,
        parts: [clean(l.text)],
        page: l.page,
        actor: ACTOR_IN_POINT_RE.exec(clean(l.text))?.groups?.['actor'] ?? null,
        x: l.line.x,
      }));
    // An unnumbered decision: the paragraph is one point; "att"-clauses run in it are points of their own.
    const text = joinLines(preamble.map((p) => clean(p.text)));
    // Under a bare heading ("Beslut i korthet" as a paper's title), a paragraph that speaks of the
    // paper itself ("Här sammanfattas …", "Nedan redovisas …") introduces the decisions; it is none.
    if (start.inline === null && start.actor === null && SELF_REFERENCE_RE.test(text)) return [];
    const page = preamble[0]?.page ?? startLine.page;
    // The sentence is run in when its first clause opens with "att", here or as the introduction's last
    // word ("… föreslår att nämnden beslutar att" / "fastställa …, att uppdra … samt att …").
    const introAtt = introLine !== undefined && /(?:^|\s)att$/u.test(clean(introLine.text));
    const clauses =
      /(?:^|[,;]\s+|\s+samt\s+)att\s/u.test(text) && (/^att\s/u.test(text) || introAtt)
        ? splitRunIn(text)
        : [text];
    clauses.forEach((clause, k) => {
      points.push({
        id: String(k + 1),
        parentId: null,
        kind: null,
        parts: [clause],
        page,
        actor: ACTOR_IN_POINT_RE.exec(clause)?.groups?.['actor'] ?? null,
        x: 0,
      });
    });
  }
  return points.filter((p) => p.parts.some((part) => part.trim().length > 0));
}

/**
 * Points whose bullets were lost: OCR drops thin dashes, and a bullet drawn as a picture leaves no
 * text. Lines that stand between the introduction and the first bulleted point, start in lower case
 * and sit at the points' text indent (right of the bullet that survived) are points of the same list;
 * a line that ends before the right part of the page ends its point. Positional ids are then given
 * again in reading order. Only for flat lists of bullets or "att" clauses.
 */
function pointsWithLostMarkers(preamble: DocLine[], points: Point[]): Point[] | null {
  const first = points[0];
  if (!first || preamble.length === 0) return null;
  if (points.some((p) => p.parentId !== null || (p.kind !== 'bullet' && p.kind !== 'att'))) return null;
  if (!preamble.every((l) => /^\p{Ll}/u.test(clean(l.text)) && l.line.x > first.x + 4)) return null;
  const lost: Point[] = [];
  let previous: DocLine | null = null;
  for (const line of preamble) {
    const wrapped = previous !== null && previous.line.x + previous.line.width >= previous.pageWidth * 0.8;
    const text = clean(line.text).replace(/^att\s+/u, '');
    const open = lost.at(-1);
    if (wrapped && open) open.parts.push(text);
    else
      lost.push({
        id: '',
        parentId: null,
        kind: first.kind,
        parts: [text],
        page: line.page,
        actor: null,
        x: line.line.x,
      });
    previous = line;
  }
  return [...lost, ...points].map((p, k) => ({ ...p, id: String(k + 1) }));
}

/** A sentence opening that points at the paper itself (deixis), not at something decided. */
const SELF_REFERENCE_RE =
  /^(?:här|nedan|nedanstående|i\s+(?:detta|det\s+här)\s+(?:dokument|utdrag|protokoll|sammandrag)(?:et)?|detta\s+(?:dokument|utdrag|sammandrag)(?:et)?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

/** "2.1" then "2.2": the same section; "2.1" then "3.4" is a numbered heading or a quoted list. */
function sameSection(previous: string, next: string): boolean {
  const a = previous.split('.');
  const b = next.split('.');
  if (a.length !== b.length) return false;
  return a.slice(0, -1).join('.') === b.slice(0, -1).join('.') && Number(b.at(-1)) === Number(a.at(-1)) + 1;
}
