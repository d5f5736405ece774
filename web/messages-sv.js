// The Swedish text of every error and warning code a user can meet, in one place: the page loads this file
// as it is (plain JavaScript, no build step) and the CLI imports it (typed by messages-sv.d.ts). The codes
// stay in JSON for scripts; people read these texts. tests/unit/messages-sv.test.ts scans the code for
// codes and fails on one that has no text here.
//
// Why the details are taken out of the English messages: a warning's `message` is the record of why, written
// where the fact was found (parsers/); its numbers (the stated total, the OCR confidence, the page) are worth
// showing, its English wording is not. A message whose form is not recognised gets the code's general text.

/** @type {Readonly<Record<string, { title: string, text: string }>>} */
export const CODE_TEXTS_SV = Object.freeze({
  // Why an upload could not be read (failed/…json; the upload's status).
  NOT_A_PDF: { title: 'Inte en PDF', text: 'Filen är inte en PDF och kan inte läsas.' },
  PDF_EMPTY: { title: 'Tom PDF', text: 'PDF-filen är tom eller saknar sidor.' },
  PDF_CORRUPT: {
    title: 'Skadad PDF',
    text: 'PDF-filen är skadad och kan inte läsas. Spara den på nytt från originalet och ladda upp igen.',
  },
  PDF_ENCRYPTED: {
    title: 'Lösenordsskyddad PDF',
    text: 'PDF-filen är lösenordsskyddad. Ladda upp en version utan lösenord.',
  },
  PDF_TOO_LARGE: { title: 'För stor PDF', text: 'PDF-filen är för stor för att bearbetas.' },
  PDF_TOO_MANY_PAGES: {
    title: 'För många sidor',
    text: 'PDF-filen har för många sidor för att bearbetas. Dela upp den och ladda upp delarna.',
  },
  PDF_TOO_COMPLEX: {
    title: 'För komplex PDF',
    text: 'PDF-filen är för komplex för att läsas inom gränserna för tid och minne (till exempel en komprimeringsbomb eller enormt mycket innehåll).',
  },
  NEEDS_OCR: {
    title: 'Skannad handling',
    text: 'PDF-filen saknar textlager (en skannad handling) och textigenkänning (OCR) är inte påslagen.',
  },
  OCR_FAILED: {
    title: 'OCR misslyckades',
    text: 'Textigenkänningen (OCR) av den skannade handlingen misslyckades.',
  },
  SCHEMA_VIOLATION: {
    title: 'Internt fel',
    text: 'Det som lästes ur handlingen kunde inte sparas i rätt format. Felet är registrerat.',
  },
  FILE_NOT_FOUND: { title: 'Filen saknas', text: 'Filen finns inte eller är ingen vanlig fil.' },
  INVALID_DOCUMENT: {
    title: 'Oläsbart resultat',
    text: 'Det sparade resultatet för handlingen kan inte läsas.',
  },

  // Warnings on an extracted document (extraction.warnings).
  TOTAL_MISMATCH: {
    title: 'Totalen stämmer inte',
    text: 'Handlingens angivna total stämmer inte med summan av åtgärderna.',
  },
  OCR_LOW_CONFIDENCE: {
    title: 'Osäker OCR-läsning',
    text: 'En siffra lästes med OCR med låg säkerhet. Kontrollera den mot sidan.',
  },
  OCR_PAGE: {
    title: 'Läst med OCR',
    text: 'Sidan lästes med OCR (textigenkänning); siffrorna kan innehålla läsfel.',
  },
  UNREADABLE_PAGE: { title: 'Oläsbar sida', text: 'Sidan saknar läsbart textlager och kunde inte läsas.' },
  AMBIGUOUS_TABLE: {
    title: 'Tvetydig tabell',
    text: 'En tabell kan tolkas på mer än ett sätt. Kontrollera siffrorna mot sidan.',
  },
  TABLE_UNPARSED: {
    title: 'Tabell ej tolkad',
    text: 'En tabell kunde inte tolkas; dess siffror saknas i resultatet.',
  },
  REGION_CONFLICT: {
    title: 'Annan region i texten',
    text: 'Regionen som angavs vid uppladdningen skiljer sig från den som handlingen själv pekar på.',
  },
  REGION_UNKNOWN: {
    title: 'Okänd region',
    text: 'Det gick inte att avgöra vilken region handlingen kommer från. Ange regionen vid uppladdningen.',
  },
  AMBIGUOUS_AMOUNT: {
    title: 'Osäkert belopp',
    text: 'Ett belopp kan läsas på mer än ett sätt, t.ex. ett årtal som skrivits ihop med beloppet. Kontrollera det mot sidan.',
  },
  FACT_DROPPED: {
    title: 'Uppgift utelämnad',
    text: 'En uppgift utelämnades eftersom den inte gick att läsa säkert.',
  },
  TRUNCATED_OUTPUT: {
    title: 'Resultatet kortat',
    text: 'Handlingen innehöll fler uppgifter än som sparas; resultatet är kortat.',
  },
  ATTACHMENTS_NOT_READ: {
    title: 'Bifogade filer lästes inte',
    text: 'PDF-filen har filer bifogade inuti sig (t.ex. bilagor). De läses inte; ladda upp dem var för sig.',
  },

  // The pipeline and the API.
  OBJECT_NOT_FOUND: { title: 'Filen saknas', text: 'Filen finns inte längre i lagringen.' },
  STORE_FAILED: {
    title: 'Lagringen svarar inte',
    text: 'Lagringen svarar inte just nu. Försök igen om en stund.',
  },
  STORE_UNAVAILABLE: {
    title: 'Lagringen svarar inte',
    text: 'Lagringen svarar inte just nu. Försök igen om en stund.',
  },
  CONFIG_INVALID: {
    title: 'Felaktig inställning',
    text: 'Tjänsten är felaktigt inställd. Felet är registrerat.',
  },
  EVENT_INVALID: { title: 'Okänd händelse', text: 'Tjänsten fick en händelse den inte känner igen.' },
  BAD_REQUEST: { title: 'Felaktig förfrågan', text: 'Förfrågan innehåller ett fel.' },
  NOT_FOUND: { title: 'Finns inte', text: 'Det efterfrågade finns inte.' },
  METHOD_NOT_ALLOWED: { title: 'Inte tillåtet', text: 'Den åtgärden är inte tillåten här.' },
  PAYLOAD_TOO_LARGE: { title: 'För stor fil', text: 'Filen är för stor för att laddas upp.' },
  UNAUTHORIZED: { title: 'Inte behörig', text: 'Du saknar behörighet. Ladda om sidan och försök igen.' },
  FORBIDDEN: { title: 'Inte tillåtet', text: 'Förfrågan nekades. Ladda om sidan och försök igen.' },
  INTERNAL: { title: 'Internt fel', text: 'Ett internt fel inträffade. Försök igen om en stund.' },
  EXTRACTION_FAILED: {
    title: 'Kunde inte läsas',
    text: 'Handlingen kunde inte läsas ut av ett oväntat fel. Försök igen; kvarstår felet, spara filen och rapportera det.',
  },
  INDEX_CONFLICT: {
    title: 'Indexet är upptaget',
    text: 'Dokumentindexet ändrades av en annan inläsning samtidigt. Handlingen läses in igen automatiskt.',
  },
  COMPACTION_BUSY: {
    title: 'Komprimering pågår redan',
    text: 'En annan komprimering av faktatabellerna pågår. Försök igen när den är klar.',
  },
  COMPACTION_CONFLICT: {
    title: 'Komprimeringen krockade',
    text: 'En annan körning ändrade faktatabellernas förteckning under komprimeringen. Inget gick förlorat; nästa körning gör om den.',
  },
  COMPACTION_INTERRUPTED: {
    title: 'Komprimeringen avbröts',
    text: 'Komprimeringen av faktatabellerna avbröts. Inget gick förlorat; nästa körning gör klart den.',
  },
  INGEST_FAILED: {
    title: 'Bearbetningen misslyckades',
    text: 'Handlingen kunde inte bearbetas trots upprepade försök. Filen finns kvar och kan laddas upp igen.',
  },
  DOCUMENT_BUSY: {
    title: 'Bearbetas redan',
    text: 'Samma fil bearbetas just nu från en annan uppladdning. Resultatet visas när den är klar.',
  },
  DISK_FULL: {
    title: 'Disken är full',
    text: 'Disken är full. Inget har gått förlorat; bearbetningen fortsätter när det finns plats igen.',
  },
  IO_ERROR: { title: 'Läs- eller skrivfel', text: 'En fil kunde inte läsas eller skrivas på disken.' },
  WRONG_HOST: {
    title: 'Fel adress',
    text: 'Förfrågan kom till en adress som tjänsten inte svarar på. Öppna sidan via 127.0.0.1 eller localhost.',
  },
  FOREIGN_ORIGIN: {
    title: 'Nekad från annan webbplats',
    text: 'En annan webbplats försökte skicka till tjänsten. Förfrågan nekades.',
  },
  TOKEN_REQUIRED: {
    title: 'Behörighet saknas',
    text: 'Uppladdningen saknade sidans behörighetsnyckel. Ladda om sidan och försök igen.',
  },
});

/** For a code this table does not know (yet): a text that says what kind of thing happened, never the code. */
export const FALLBACK_WARNING_SV = Object.freeze({
  title: 'Kontrollera',
  text: 'Något i handlingen behöver kontrolleras mot originalet.',
});
export const FALLBACK_ERROR_SV = Object.freeze({
  title: 'Misslyckades',
  text: 'Handlingen kunde inte bearbetas.',
});

/** @param {string} code */
export function hasTextSv(code) {
  return Object.hasOwn(CODE_TEXTS_SV, code);
}

/**
 * @param {string} code
 * @param {'warning' | 'error'} [kind]
 * @returns {{ title: string, text: string }}
 */
export function codeTextSv(code, kind = 'warning') {
  if (hasTextSv(code)) return CODE_TEXTS_SV[code];
  return kind === 'error' ? FALLBACK_ERROR_SV : FALLBACK_WARNING_SV;
}

/** `78.9` or `78,9` as Swedish readers write it. @param {string} value */
const swedishNumber = (value) => value.replace('.', ',');

/**
 * Details of the known message forms, in Swedish; null when the message has another form.
 * @param {string} code
 * @param {string} message
 * @param {(code: string) => string} regionName
 * @returns {string | null}
 */
function detailSv(code, message, regionName) {
  if (code === 'OCR_LOW_CONFIDENCE') {
    const match = /^"(.+?)" \(.*\) was read by OCR with (\d+(?:[.,]\d+)?) ?% confidence/.exec(message);
    if (match) {
      return `Siffran ”${match[1]}” lästes med OCR med ${swedishNumber(match[2] ?? '')} % säkerhet. Kontrollera den mot sidan.`;
    }
  }
  if (code === 'TOTAL_MISMATCH') {
    const match =
      /^(.+?) (\d{4}) states (-?[\d\s.,]+) mkr but the (?:\d+ )?measures sum to (-?[\d\s.,]+|\?) mkr/.exec(
        message,
      );
    if (match) {
      const sum = match[4] === '?' ? 'något annat' : `${swedishNumber(match[4] ?? '')} mkr`;
      const ocr = /read by OCR/.test(message) ? ' Siffror som lästes med OCR kan vara fel.' : '';
      return `${match[1]} ${match[2]} anges till ${swedishNumber(match[3] ?? '')} mkr, men åtgärderna summerar till ${sum}.${ocr}`;
    }
  }
  if (code === 'REGION_CONFLICT') {
    const match = /stated (SE-[A-Z]+) but the text points to (SE-[A-Z]+)/.exec(message);
    if (match) {
      return `Vid uppladdningen angavs ${regionName(match[1] ?? '')}, men texten pekar på ${regionName(match[2] ?? '')}. Uppgiften från uppladdningen gäller.`;
    }
  }
  return null;
}

/**
 * A warning or failure as a Swedish sentence, with its page when known.
 * @param {{ code: string, message?: string | undefined, page?: number | null | undefined }} item
 * @param {{ kind?: 'warning' | 'error', regionName?: (code: string) => string }} [options]
 */
export function describeSv(item, options = {}) {
  const regionName = options.regionName ?? ((code) => code);
  const text =
    (item.message ? detailSv(item.code, item.message, regionName) : null) ??
    codeTextSv(item.code, options.kind ?? 'warning').text;
  return item.page ? `${text} (s. ${item.page})` : text;
}

/**
 * Warnings once each: the same code on the same page said twice is said once; a code on many pages becomes
 * one entry listing the pages.
 * @param {ReadonlyArray<{ code: string, message?: string | undefined, page?: number | null | undefined }>} warnings
 * @returns {{ code: string, title: string, pages: number[] }[]}
 */
export function summarizeWarningsSv(warnings) {
  /** @type {Map<string, { code: string, title: string, pages: number[] }>} */
  const byCode = new Map();
  for (const warning of warnings) {
    let entry = byCode.get(warning.code);
    if (!entry) {
      entry = { code: warning.code, title: codeTextSv(warning.code).title, pages: [] };
      byCode.set(warning.code, entry);
    }
    if (warning.page && !entry.pages.includes(warning.page)) entry.pages.push(warning.page);
  }
  for (const entry of byCode.values()) entry.pages.sort((a, b) => a - b);
  return [...byCode.values()];
}

/** `Totalen stämmer inte (s. 2, 3)`. @param {{ title: string, pages: number[] }} entry */
export function warningLabelSv(entry) {
  return entry.pages.length > 0 ? `${entry.title} (s. ${entry.pages.join(', ')})` : entry.title;
}

/**
 * The file name as the user gave it: uploads through the page are stored as `<12 hex of the sha256>-<name>`
 * so that two different files with one name do not overwrite each other; people never see that prefix.
 * @param {string} name
 */
export function displayFileName(name) {
  const base = name.split('/').pop() ?? name;
  return base.replace(/^[0-9a-f]{12}-(?=.)/, '');
}
