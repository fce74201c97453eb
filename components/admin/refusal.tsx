import Link from "next/link";

/** What a newsroom page says to someone whose role may not see it (the page itself answers 403). */
export function Refusal({ what, detail }: { what: string; detail: string }) {
  return (
    <div role="alert" className="max-w-xl py-6">
      <h1 className="text-2xl font-bold">You don&apos;t have access to this {what}</h1>
      <p className="mt-3">{detail}</p>
      <p className="mt-5 text-sm">
        <Link href="/admin" className="font-semibold underline">Back to the articles</Link>
      </p>
    </div>
  );
}
