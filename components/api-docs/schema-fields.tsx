// A request body's fields, read from its JSON Schema: the name, whether it is required, and the rule.
// Two columns, so that the rule keeps room to read on a phone.
import { ScrollRegion } from '@/components/scroll-region';

type FieldSchema = { description?: string };

export function SchemaFields({
  label,
  schema,
}: {
  label: string;
  schema: { properties?: Record<string, FieldSchema>; required?: string[] };
}) {
  const required = new Set(schema.required ?? []);
  return (
    // Focusable, so that a keyboard can scroll it on a narrow screen.
    <ScrollRegion label={label}>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4 font-semibold">
              Field
            </th>
            <th scope="col" className="py-2 font-semibold">
              Rule
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(schema.properties ?? {}).map(([name, field]) => (
            <tr key={name} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <code className="block">{name}</code>
                <span
                  className={required.has(name) ? 'text-xs font-semibold text-brand-700' : 'text-xs text-slate-600'}
                >
                  {required.has(name) ? 'required' : 'optional'}
                </span>
              </th>
              <td className="py-2">{field.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
