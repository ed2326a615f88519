/**
 * A table of records: its column heads (numbers right-aligned) and the rows the caller draws.
 *
 * @example
 *   <DataTable className="data-table" columns={[t('links.arms.arm'), { label: t('links.arms.visits'), num: true }]}>
 *     {arms.map((arm) => <ArmRow key={arm.id} arm={arm} />)}
 *   </DataTable>
 */
import type { ReactNode } from 'react';

/** A column's head: its text, or its text and whether it holds numbers. */
export type Column = string | { label: string; num: boolean };

export function DataTable({ className, columns, children }: { className: string; columns: Column[]; children: ReactNode }) {
  return (
    <table className={className}>
      <thead>
        <tr>
          {columns.map((column) => {
            const { label, num } = typeof column === 'string' ? { label: column, num: false } : column;
            return (
              <th key={label} scope="col" className={num ? 'num' : undefined}>
                {label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
