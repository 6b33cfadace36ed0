/**
 * A table of records: a caption for screen readers (the dialog or region
 * around it already shows the title), one header per column, and the rows.
 */
import type { ReactNode } from 'react';

export interface ListTableProps {
  readonly className: string;
  readonly caption: string;
  /** The column headers, in order; `null` for a column without one (e.g. a column of buttons). */
  readonly columns: readonly (string | null)[];
  /** The `<tr>` rows of the body. */
  readonly children: ReactNode;
}

export function ListTable({ className, caption, columns, children }: ListTableProps) {
  return (
    <table className={className}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>{columns.map((label, i) => (label === null ? <td key={i} /> : <th key={i} scope="col">{label}</th>))}</tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
