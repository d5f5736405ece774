import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { pageTables, structTables } from '../../parsers/pdf/structure.ts';

// Hand-built pdfjs structure trees over hand-placed items: the tags say one thing, the drawing another.
interface Node {
  role?: string;
  type?: string;
  id?: string;
  children?: Node[];
}

let next = 0;
const items = new Map<string, TextItem[]>();
function put(text: string, x: number, y: number): Node {
  const id = `p9R_mc${next++}`;
  items.set(id, [{ text, x, y, width: text.length * 5, height: 10 }]);
  return { type: 'content', id };
}
const cell = (role: string, ...kids: Node[]): Node => ({ role, children: kids });
const row = (...cells: Node[]): Node => ({ role: 'TR', children: cells });
const table = (...rows: Node[]): Node => ({ role: 'Table', children: rows });
const root = (...kids: Node[]): Node => ({ role: 'Root', children: kids });
const all = (): TextItem[] => [...items.values()].flat();

function reset(): void {
  next = 0;
  items.clear();
}

describe('tagged tables follow the drawn page where the tags contradict it', () => {
  it('takes a row whose cells are tagged right to left in the drawn order, left to right', () => {
    reset();
    const tree = root(
      table(
        row(
          cell('TH', put('Insats', 40, 100)),
          cell('TH', put('2025', 300, 100)),
          cell('TH', put('2026', 380, 100)),
        ),
        row(
          cell('TD', put('3,4', 380, 122)),
          cell('TD', put('1,2', 300, 122)),
          cell('TD', put('Lokalsamordning', 40, 122)),
        ),
      ),
    );
    const tables = pageTables(structTables(tree, items), [], all());
    expect(tables.map((t) => t.rows)).toEqual([
      [
        ['Insats', '2025', '2026'],
        ['Lokalsamordning', '1,2', '3,4'],
      ],
    ]);
  });

  it('leaves to geometry a row tagged out of drawn order that has a blank cell', () => {
    reset();
    const tree = root(
      table(
        row(
          cell('TH', put('Insats', 40, 100)),
          cell('TH', put('2025', 300, 100)),
          cell('TH', put('2026', 380, 100)),
        ),
        row(cell('TD', put('2,2', 380, 122)), cell('TD'), cell('TD', put('Färre hyrbilar', 40, 122))),
      ),
    );
    expect(pageTables(structTables(tree, items), [], all())).toEqual([]);
  });

  it('leaves to geometry a table whose TRs hold columns, and one whose id stands for text of two rows', () => {
    reset();
    const columns = root(
      table(
        row(
          cell('TD', put('Insats', 40, 100)),
          cell('TD', put('Tolkservice', 40, 122)),
          cell('TD', put('Arkiv', 40, 144)),
        ),
        row(
          cell('TD', put('2025', 300, 100)),
          cell('TD', put('0,8', 300, 122)),
          cell('TD', put('2,1', 300, 144)),
        ),
      ),
    );
    expect(structTables(columns, items)).toEqual([]);

    reset();
    const reused = root(
      table(
        row(cell('TD', put('Tolkservice', 40, 122)), cell('TD', put('0,8', 300, 122))),
        row(cell('TD', put('Arkiv', 40, 144)), cell('TD', { type: 'content', id: 'p9R_mc1' })),
      ),
    );
    // The figure of the second row drawn under the same id as the first row's.
    items.get('p9R_mc1')?.push({ text: '2,1', x: 300, y: 144, width: 15, height: 10 });
    expect(structTables(reused, items)).toEqual([]);
  });

  it('spreads a one-row table nested in a cell over the outer row', () => {
    reset();
    const tree = root(
      table(
        row(
          cell('TH', put('Insats', 40, 100)),
          cell('TH', table(row(cell('TH', put('2025', 300, 100)), cell('TH', put('2026', 380, 100))))),
        ),
        row(
          cell('TD', put('Arkivflytt', 40, 122)),
          cell('TD', table(row(cell('TD', put('0,6', 300, 122)), cell('TD', put('1,9', 380, 122))))),
        ),
      ),
    );
    const tables = pageTables(structTables(tree, items), [], all());
    expect(tables.map((t) => t.rows)).toEqual([
      [
        ['Insats', '2025', '2026'],
        ['Arkivflytt', '0,6', '1,9'],
      ],
    ]);
  });

  it('joins a table split into two Table elements at its row pitch, and drops one with a caption between its rows', () => {
    reset();
    const split = root(
      table(
        row(cell('TH', put('Insats', 40, 100)), cell('TH', put('2025', 300, 100))),
        row(cell('TD', put('Arkivflytt', 40, 122)), cell('TD', put('0,6', 300, 122))),
      ),
      table(
        row(cell('TD', put('Tolkservice', 40, 144)), cell('TD', put('1,1', 300, 144))),
        row(cell('TD', put('Totalt', 40, 166)), cell('TD', put('1,7', 300, 166))),
      ),
    );
    const joined = pageTables(structTables(split, items), [], all());
    expect(joined.map((t) => t.rows)).toEqual([
      [
        ['Insats', '2025'],
        ['Arkivflytt', '0,6'],
        ['Tolkservice', '1,1'],
        ['Totalt', '1,7'],
      ],
    ]);

    reset();
    const two = root(
      table(
        row(cell('TH', put('Insats', 40, 100)), cell('TH', put('2025', 300, 100))),
        row(cell('TD', put('Arkivflytt', 40, 122)), cell('TD', put('0,6', 300, 122))),
        row(cell('TD', put('Insats i länsdelarna', 40, 170)), cell('TD', put('2025', 300, 170))),
        row(cell('TD', put('Tolkservice', 40, 192)), cell('TD', put('1,1', 300, 192))),
      ),
    );
    const caption = {
      text: 'Insatser som länsdelarna själva beslutar om:',
      x: 40,
      y: 146,
      width: 200,
      height: 10,
    };
    expect(pageTables(structTables(two, items), [], [...all(), caption])).toEqual([]);
  });

  it('leaves to geometry a tagged table whose sum row the producer marked as artifact', () => {
    reset();
    const tree = root(
      table(
        row(cell('TH', put('Insats', 40, 100)), cell('TH', put('2025', 300, 100))),
        row(cell('TD', put('Arkivflytt', 40, 122)), cell('TD', put('0,6', 300, 122))),
        row(cell('TD', put('Tolkservice', 40, 144)), cell('TD', put('1,1', 300, 144))),
      ),
    );
    const sum = [
      { text: 'Totalt', x: 40, y: 166, width: 30, height: 10 },
      { text: '1,7', x: 300, y: 166, width: 15, height: 10 },
    ];
    const tagged = structTables(tree, items);
    expect(pageTables(tagged, [], [...all(), ...sum])).toHaveLength(1);
    expect(pageTables(tagged, [], [...all(), ...sum], new Set(sum))).toEqual([]);
  });
});
