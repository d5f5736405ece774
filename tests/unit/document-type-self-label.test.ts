/**
 * A paper's own label in its head outweighs the subject its title names: a case memo titled as a plan
 * ("Sparplan …") that labels itself "Tjänsteutlåtande" on a line of its own and proposes a decision is
 * the memo carrying the plan (the plan's table often follows as an appendix); an item of minutes titled
 * "§ 48 Åtgärdsplan …" under a "Protokoll" line is minutes. Without the label, a plan title over measures
 * stays an action plan.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const TABLE = `Insats (mnkr)                                  2027        2028
Gemensam jourlinje för länets vårdcentraler     1,2         1,9
Minskat antal externa konsultuppdrag           0,8         0,8
Färre vårdplatser på korttidsenheten           2,1         2,4`;

describe('document type: a self-label line in the head', () => {
  it('types a memo labelled Tjänsteutlåtande and titled "Sparplan …" as tjansteskrivelse', () => {
    const doc = analyzeText(`Primärvårdsförvaltningen
TJÄNSTEUTLÅTANDE
Dnr PVN 2026/88
# Sparplan för länets primärvård 2027–2028
Datum 2026-09-30
## Förslag till beslut
Primärvårdsnämnden föreslås besluta att anta sparplanen.
\f
Bilaga
${TABLE}`);
    expect(doc.document.documentType).toBe('tjansteskrivelse');
    expect(doc.measures.length).toBe(3);
  });

  it('keeps the same paper without its label an action plan', () => {
    const doc = analyzeText(`Primärvårdsförvaltningen
Dnr PVN 2026/88
# Sparplan för länets primärvård 2027–2028
Datum 2026-09-30
## Förslag till beslut
Primärvårdsnämnden föreslås besluta att anta sparplanen.
\f
Bilaga
${TABLE}`);
    expect(doc.document.documentType).toBe('handlingsplan');
  });

  it('types an item of minutes titled "§ 48 Åtgärdsplan …" under a Protokoll line as protokoll', () => {
    const doc = analyzeText(`Primärvårdsnämnden
Protokoll
Sammanträdesdatum 2026-10-14
# § 48 Åtgärdsplan för primärvården 2027
Nämnden beslutar att fastställa åtgärdsplanen.
${TABLE}`);
    expect(doc.document.documentType).toBe('protokoll');
  });
});
