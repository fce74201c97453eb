import type { APIRequestContext, APIResponse, Page } from "@playwright/test";

/** Posts cache tags to the app's revalidation endpoint, as the scheduler does. */
export async function revalidate(request: APIRequestContext, tags: string[]): Promise<void> {
  const secret = process.env.REVALIDATE_SECRET ?? "e2e-revalidate-secret-0123456789";
  const response = await request.post("/api/revalidate", { data: { tags }, headers: { authorization: `Bearer ${secret}` } });
  if (!response.ok()) throw new Error(`revalidate failed: ${response.status()} ${await response.text()}`);
}

/** Parses XML in the browser and returns the text of every matching element (throws on a parse error). */
export async function xmlValues(page: Page, xml: string, selector: string): Promise<string[]> {
  return page.evaluate(
    ({ xml, selector }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const error = doc.querySelector("parsererror");
      if (error) throw new Error(`XML does not parse: ${error.textContent}`);
      return [...doc.getElementsByTagName(selector)].map((el) => el.textContent ?? "");
    },
    { xml, selector },
  );
}

/** JSON-LD objects on the current page, flattened from arrays. */
export async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const value = JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[];
    return Array.isArray(value) ? value : [value];
  });
}

/** The path a redirect leads to. A cached redirect carries its Location twice (Next 16.4, see the README); both are the same. */
export function firstLocation(response: APIResponse): string {
  return new URL(response.headers().location!.split(", ")[0]!, "http://x").pathname;
}
