/** A data table's column headings; an empty heading is the row's actions, named for screen readers. */
export function TableHead({ headings }: { headings: string[] }) {
  return (
    <thead className="bg-slate-50">
      <tr>
        {headings.map((heading, index) => (
          <th key={index} scope="col" className="whitespace-nowrap px-3 py-2 font-semibold">
            {heading || <span className="sr-only">Actions</span>}
          </th>
        ))}
      </tr>
    </thead>
  );
}
