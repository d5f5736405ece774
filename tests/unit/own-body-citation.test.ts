/**
 * A citation that names its board by kind alone ("Nämnden fattade beslut …, § 12") in a paper written to
 * a board of that kind cites that board; another kind, or a paper without a board, keeps the word.
 * Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { withOwnBody } from '../../parsers/extract/references.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('a citation of "nämnden" in a paper to a nämnd', () => {
  it('gives the paper own board', () => {
    const pages = pagesFromText(
      [
        'Tjänsteskrivelse',
        'Mottagare: Nämnden för folkhälsa och sjukvård',
        '# Uppföljning av jourverksamheten',
        'Nämnden beslutade 2029-03-04, § 31, att jourlinjerna skulle ses över.',
      ].join('\n'),
    );
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    const body = doc.document.body;
    expect(body).toMatch(/^Nämnden för folkhälsa och sjukvård$/i);
    expect(doc.references.map((r) => [r.body, r.paragraph])).toEqual([[body, '§31']]);
  });

  it('leaves another kind, and papers without a board, as they are', () => {
    const refs = [{ body: 'Styrelsen' }, { body: 'Nämnden' }, { body: 'Regionfullmäktige' }];
    expect(withOwnBody(refs, 'Tandvårdsnämnden').map((r) => r.body)).toEqual([
      'Styrelsen',
      'Tandvårdsnämnden',
      'Regionfullmäktige',
    ]);
    expect(withOwnBody(refs, 'Driftstyrelsen').map((r) => r.body)).toEqual([
      'Driftstyrelsen',
      'Nämnden',
      'Regionfullmäktige',
    ]);
    expect(withOwnBody(refs, null)).toEqual(refs);
  });
});
