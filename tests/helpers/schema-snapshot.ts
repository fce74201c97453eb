// A comparable description of one PostgreSQL schema, read from the catalogs
// (works the same on PostgreSQL and PGlite): one line per column, constraint,
// index and enum, with the schema's own name removed.
import type { Client } from "pg";

export async function describeSchema(client: Client, schema: string): Promise<string[]> {
  const lines: string[] = [];
  const columns = await client.query(
    `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS expr, a.attgenerated AS generated
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`,
    [schema],
  );
  for (const row of columns.rows) {
    const expr = row.expr ? (row.generated === "s" ? ` GENERATED ALWAYS AS ${row.expr} STORED` : ` DEFAULT ${row.expr}`) : "";
    lines.push(`column ${row.table}.${row.column} ${row.type}${row.notnull ? " NOT NULL" : ""}${expr}`);
  }
  const constraints = await client.query(
    `SELECT c.relname AS "table", k.conname AS name, pg_get_constraintdef(k.oid) AS def
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1`,
    [schema],
  );
  for (const row of constraints.rows) lines.push(`constraint ${row.table}.${row.name} ${row.def}`);
  const indexes = await client.query(`SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = $1`, [schema]);
  for (const row of indexes.rows) lines.push(`index ${row.name} ${row.def}`);
  const enums = await client.query(
    `SELECT t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 GROUP BY t.typname`,
    [schema],
  );
  for (const row of enums.rows) lines.push(`enum ${row.name} (${row.labels})`);
  const qualified = new RegExp(`"?${schema}"?\\.`, "g");
  return lines.map((line) => line.replace(qualified, "")).sort();
}

export function diffLines(expected: string[], actual: string[]): string {
  const a = new Set(expected);
  const b = new Set(actual);
  return [
    ...expected.filter((line) => !b.has(line)).map((line) => `- ${line}`),
    ...actual.filter((line) => !a.has(line)).map((line) => `+ ${line}`),
  ].join("\n");
}
