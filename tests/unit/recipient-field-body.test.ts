/**
 * The board a paper is for, from a labelled recipient field in its head ("Till:   …"), even when prose
 * below names another board more often; a board "för" an adjective and a field ("Nämnden för
 * psykiatrisk vård") is named whole, and "Nämnden" in a citation is that board. Wording made up for this
 * test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { findBodies } from '../../parsers/extract/references.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('the recipient field names the board', () => {
  it('names a board for an adjective and a field whole', () => {
    expect(findBodies('Nämnden för psykiatrisk vård')[0]?.body).toBe('Nämnden för psykiatrisk vård');
    expect(findBodies('till nämnden för teknisk service')[0]?.raw).toBe('nämnden för teknisk service');
  });

  it('takes the board of "Till:" over a board the prose names more often', () => {
    const pages = pagesFromText(
      [
        'Landstingets kansli',
        'Till:       Nämnden för psykiatrisk vård',
        '',
        '# Översyn av jourverksamheten',
        'Regionstyrelsen har begärt en översyn. Regionstyrelsen ska få den i maj.',
        'Nämnden beslutade 2029-03-04, § 17, att översynen skulle göras.',
      ].join('\n'),
    );
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.document.body).toBe('Nämnden för psykiatrisk vård');
    expect(doc.references.map((r) => [r.body, r.paragraph])).toContainEqual([
      'Nämnden för psykiatrisk vård',
      '§17',
    ]);
  });
});
