import Link from "next/link";
import { LeaveGuard } from "@/components/admin/leave-guard";
import { canArrangeFronts, canImport, canManageTaxonomy, canManageUsers, canReadAudit } from "@/server/auth/policies";
import { requireSignedIn } from "@/server/auth/session";
import { signOut } from "@/server/actions/auth";
import { site } from "@/lib/site";

/**
 * The signed-in frame. Redirecting here is a convenience; every action and page checks the role itself.
 * Someone whose role requires two-factor sign-in and who has not set it up gets no navigation: every page
 * but their account page sends them there (server/auth/session.ts), and so does every action.
 */
export default async function DashboardLayout({ children }: LayoutProps<"/admin">) {
  const { actor, mustEnrol } = await requireSignedIn();
  return (
    <LeaveGuard>
      <header className="border-b border-rule bg-paper">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/admin" className="font-serif text-xl font-bold">{site.name} <span className="text-sm font-normal text-muted">newsroom</span></Link>
          {mustEnrol ? null : <nav aria-label="Admin" className="-mx-4 flex max-w-[100vw] gap-4 overflow-x-auto whitespace-nowrap px-4 text-sm font-semibold sm:mx-0 sm:px-0">
            <Link href="/admin" className="hover:underline">Articles</Link>
            <Link href="/admin/articles/new" className="hover:underline">New article</Link>
            <Link href="/admin/media" className="hover:underline">Media</Link>
            {canArrangeFronts(actor) ? <Link href="/admin/front-page" className="hover:underline">Front page</Link> : null}
            {canManageTaxonomy(actor) ? (
              <>
                <Link href="/admin/sections" className="hover:underline">Sections</Link>
                <Link href="/admin/tags" className="hover:underline">Topics</Link>
                <Link href="/admin/authors" className="hover:underline">Authors</Link>
              </>
            ) : null}
            {canManageUsers(actor) ? (
              <>
                <Link href="/admin/users" className="hover:underline">Accounts</Link>
                <Link href="/admin/security" className="hover:underline">Security</Link>
              </>
            ) : null}
            {canReadAudit(actor) ? <Link href="/admin/audit" className="hover:underline">Audit log</Link> : null}
            {canImport(actor) ? <Link href="/admin/import" className="hover:underline">Import</Link> : null}
            <Link href="/" className="hover:underline">View site</Link>
          </nav>}
          <div className="ml-auto flex items-center gap-3 text-sm">
            <Link href="/admin/account" className="hover:underline">{actor.name}</Link> <span className="rounded bg-surface px-2 py-0.5 text-xs uppercase text-muted">{actor.role}</span>
            <form action={signOut} data-leaves-page>
              <button type="submit" className="rounded border border-rule px-3 py-1 hover:bg-surface">Sign out</button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </LeaveGuard>
  );
}
