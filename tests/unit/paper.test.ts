/** parsers/paper.ts: when two files are the same paper, when one is a later version, which copy counts. */
import { describe, expect, it } from 'vitest';
import { type PaperCandidate, paperIdentity, resolvePapers, titleKey } from '../../parsers/paper.ts';
import { dalarnaPlan } from '../api/documents.ts';

const candidate = (over: Partial<PaperCandidate> & { documentId: string }): PaperCandidate => ({
  paperId: 'paper:a',
  lineageId: 'lineage:a',
  method: 'text',
  uploadedAt: '2026-01-01T00:00:00.000Z',
  date: null,
  fileName: `${over.documentId}.pdf`,
  ...over,
});

describe('paperIdentity', () => {
  it('is the same for the same region, type, title, date and figures, whatever the text around them', () => {
    const copy = {
      ...dalarnaPlan,
      document: { ...dalarnaPlan.document, title: `  ${dalarnaPlan.document.title?.toUpperCase()} ` },
      measures: [...dalarnaPlan.measures].reverse().map((m) => ({ ...m, evidence: 'annan layout' })),
    };
    expect(paperIdentity(copy)).toEqual(paperIdentity(dalarnaPlan));
  });

  it('reads letters OCR took for digits as those letters, and keeps real differences', () => {
    expect(titleKey('Handlingsp1an för 0versyn')).toBe(titleKey('Handlingsplan för översyn'));
    expect(titleKey('Handlingsplan 2024')).not.toBe(titleKey('Handlingsplan 2025'));
  });

  it('changes with a figure, a date or the region; the lineage only with title, body, region or years', () => {
    const base = paperIdentity(dalarnaPlan);
    const m0 = dalarnaPlan.measures[0]!;
    const changedFigure = paperIdentity({
      ...dalarnaPlan,
      measures: [
        { ...m0, effects: m0.effects.map((e) => ({ ...e, amountMsek: e.amountMsek + 1 })) },
        ...dalarnaPlan.measures.slice(1),
      ],
    });
    expect(changedFigure.paperId).not.toBe(base.paperId);
    expect(changedFigure.lineageId).toBe(base.lineageId);
    const later = paperIdentity({
      ...dalarnaPlan,
      document: { ...dalarnaPlan.document, date: '2030-01-01' },
    });
    expect(later.paperId).not.toBe(base.paperId);
    expect(later.lineageId).toBe(base.lineageId);
    const elsewhere = paperIdentity({
      ...dalarnaPlan,
      document: { ...dalarnaPlan.document, region: { ...dalarnaPlan.document.region!, code: 'SE-Z' } },
    });
    expect(elsewhere.paperId).not.toBe(base.paperId);
    expect(elsewhere.lineageId).not.toBe(base.lineageId);
  });
});

describe('resolvePapers', () => {
  const copies = [
    candidate({ documentId: 'sha256:c', method: 'ocr', uploadedAt: '2026-01-01T00:00:00.000Z' }),
    candidate({ documentId: 'sha256:b', uploadedAt: '2026-02-01T00:00:00.000Z' }),
    candidate({ documentId: 'sha256:a', uploadedAt: '2026-03-01T00:00:00.000Z' }),
  ];

  it('counts the text copy uploaded first, whatever order the copies come in', () => {
    for (const order of [copies, [...copies].reverse(), [copies[1]!, copies[0]!, copies[2]!]]) {
      const status = resolvePapers(order);
      expect(status.get('sha256:b')).toMatchObject({ duplicateOf: null, counted: true });
      expect(status.get('sha256:a')).toMatchObject({ duplicateOf: 'sha256:b', counted: false });
      expect(status.get('sha256:c')).toMatchObject({ duplicateOf: 'sha256:b', counted: false });
      expect(status.get('sha256:b')!.copies.map((c) => c.documentId)).toEqual(['sha256:a', 'sha256:c']);
    }
  });

  it('lets a later-dated version supersede an earlier one of the same lineage, never an undated one', () => {
    const status = resolvePapers([
      candidate({ documentId: 'sha256:old', paperId: 'paper:1', date: '2023-10-01' }),
      candidate({ documentId: 'sha256:new', paperId: 'paper:2', date: '2023-11-21' }),
      candidate({ documentId: 'sha256:undated', paperId: 'paper:3', date: null }),
      candidate({
        documentId: 'sha256:other',
        paperId: 'paper:4',
        lineageId: 'lineage:b',
        date: '2020-01-01',
      }),
    ]);
    expect(status.get('sha256:old')).toMatchObject({ supersededBy: 'sha256:new', counted: false });
    expect(status.get('sha256:new')).toMatchObject({ supersedes: ['sha256:old'], counted: true });
    expect(status.get('sha256:undated')).toMatchObject({ supersededBy: null, counted: true });
    expect(status.get('sha256:other')).toMatchObject({ supersededBy: null, counted: true });
  });
});
