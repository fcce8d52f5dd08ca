/**
 * The list view's table parts: the row of column names, and cells that carry their column's name
 * as a label of their own. Where the list is too narrow for its tables, each row is drawn as a
 * card (list-cards.css): the row of names is not shown, and each cell shows its label above its
 * value, so that the value is seen, and read by a screen reader, with its column's name. Where the
 * table is drawn as a table, the label is not shown and the column's heading names the value.
 */
import type { TdHTMLAttributes } from 'react';
import './list-cards.css';

/** The table's row of column names. */
export function ListHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((name, i) => (
          <th key={i} scope="col">
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export interface ListCellProps extends TdHTMLAttributes<HTMLTableCellElement> {
  /** The name of the cell's column, as its heading says it. */
  label: string;
  children: React.ReactNode;
}

/** A cell that names its column where the row is a card. */
export function ListCell({ label, children, ...cell }: ListCellProps) {
  return (
    <td {...cell}>
      <span className="cell-label">{label}</span>
      {children}
    </td>
  );
}
