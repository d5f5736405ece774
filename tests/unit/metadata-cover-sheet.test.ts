/**
 * A meeting's cover sheet bound before the paper ("Kallelse" with the meeting's time and its list of
 * items): the paper's title, date and kind are read from the paper's own first page after it, not from
 * the cover (its meeting time is not the paper's date, "Kallelse" is not its title).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const cover = (name: string) => `Region Halland
# ${name}
Socialnämnden
Tid  2027-02-11 kl. 13.00
Plats  Stadshuset, sal B
Ärenden
1. Val av justerare                                    1
2. Budgetuppföljning januari                           2
3. Åtgärdsplan för individ- och familjeomsorgen        3
4. Delegationsbeslut                                   8`;

const paper = `Socialförvaltningen                 Datum 2027-01-28
# Åtgärdsplan för individ- och familjeomsorgen 2027–2028
Förvaltningen har tagit fram åtgärder för att minska underskottet.
Åtgärd (mnkr)                                  2027        2028
Hemtagning av placerade barn                    2,4         3,1
Egen jourhemsverksamhet                         1,2         1,6
Samordnade upphandlingar av familjebehandling  0,8         0,9
## Förslag till beslut
Socialnämnden föreslås besluta att anta åtgärdsplanen.`;

describe('metadata: a cover sheet before the paper', () => {
  it('reads the date, title and kind from the paper after a Kallelse', () => {
    const doc = analyzeText(`${cover('Kallelse')}\n\f\n${paper}`);
    expect(doc.document.date).toBe('2027-01-28');
    expect(doc.document.title).toContain('Åtgärdsplan för individ- och familjeomsorgen');
    expect(doc.document.documentType).toBe('handlingsplan');
  });

  it('also after a Föredragningslista', () => {
    expect(analyzeText(`${cover('Föredragningslista')}\n\f\n${paper}`).document.date).toBe('2027-01-28');
  });
});
