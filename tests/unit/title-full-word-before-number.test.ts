/**
 * A full word before a period ("per vecka.") ends the sentence even where the next sentence begins with
 * a number ("3 undersköterskor omplaceras"): only abbreviations written short with their period ("v.",
 * "avd.", "enl.") run on into the number after them. Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { titleEnd } from '../../parsers/extract/measures.ts';

describe('a whole word before a period and a number', () => {
  it('ends the title', () => {
    const head = 'Mottagningen i Sveg stängs en dag per vecka. 3 undersköterskor omplaceras till Härjedalen.';
    const end = titleEnd(head);
    expect(head.slice(0, end?.end)).toBe('Mottagningen i Sveg stängs en dag per vecka');
  });

  it('still runs on after a short abbreviation', () => {
    const head = 'Sommarstängning v. 27–31 på mottagningen i Sveg. Personalen flyttas till Östersund.';
    const end = titleEnd(head);
    expect(head.slice(0, end?.end)).toBe('Sommarstängning v. 27–31 på mottagningen i Sveg');
  });
});
