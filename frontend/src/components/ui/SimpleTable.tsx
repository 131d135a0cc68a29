import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

type SimpleTableProps<Row> = {
  id: string;
  caption: string;
  columns: { key: string; label: string; render: (row: Row) => ReactNode }[];
  rows: Row[];
  rowKey: (row: Row) => string;
};

/** A table with a caption that scrolls sideways inside its own (focusable) box on a narrow screen. */
export function SimpleTable<Row>({ id, caption, columns, rows, rowKey }: SimpleTableProps<Row>) {
  return (
    <div className="zr-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <Table>
        <caption id={`${id}-caption`} className="zr-table-caption">
          {caption}
        </caption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.key} scope="col">
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column) => (
                <TableCell key={column.key}>{column.render(row)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
