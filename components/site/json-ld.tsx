import type { Thing, WithContext } from "schema-dts";

/**
 * Structured data as a JSON script. `<` is escaped so no text inside
 * (a headline containing "</script>", say) can end the script element.
 */
export function JsonLd({ data }: { data: WithContext<Thing> | WithContext<Thing>[] }) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
