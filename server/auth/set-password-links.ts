import "server-only";
// Set-password links: made only when an admin creates an account without a password (the users service
// asks better-auth for one), then e-mailed when SMTP_URL is set, or else handed back once to that admin
// to pass on. The secret address never goes to the log.
import { AsyncLocalStorage } from "node:async_hooks";
import { site } from "@/lib/site";
import { log } from "@/server/log";
import { mailConfigured, sendMail } from "@/server/mail";

/** What became of a link: e-mailed, or `url` for the admin to pass on (with `failure` when the e-mail failed). */
export type LinkDelivery = { emailed: boolean; url?: string; failure?: string };
type Invitation = { invitedBy: string; delivery: LinkDelivery };

// better-auth calls sendResetPassword from inside its own endpoint; this carries the admin's request to it.
const invitations = new AsyncLocalStorage<Invitation>();

/** Runs `make` (the call that asks better-auth for the link) and reports how the link it made was delivered. */
export async function deliverLinkMadeBy(invitedBy: string, make: () => Promise<unknown>): Promise<LinkDelivery> {
  const invitation: Invitation = { invitedBy, delivery: { emailed: false } };
  await invitations.run(invitation, make);
  return invitation.delivery;
}

/** better-auth's sendResetPassword. A link asked for over HTTP, or outside an admin's account creation, is dropped. */
export async function deliverSetPasswordLink(user: { email: string; name: string }, url: string, overHttp: boolean): Promise<void> {
  const invitation = invitations.getStore();
  if (overHttp || !invitation) {
    log.warn({ email: user.email }, "set-password link dropped: not asked for by an admin creating an account");
    return;
  }
  if (mailConfigured()) {
    try {
      await sendMail({ to: user.email, subject: `Your ${site.name} newsroom account`, text: invitationText(user, url, invitation.invitedBy) });
      invitation.delivery.emailed = true;
      log.info({ email: user.email }, `set-password link e-mailed to ${user.email}`);
      return;
    } catch (error) {
      invitation.delivery.failure = error instanceof Error ? error.message : String(error);
      log.warn({ email: user.email, reason: invitation.delivery.failure }, "set-password link could not be e-mailed; shown to the admin instead");
    }
  } else {
    log.info({ email: user.email }, `set-password link made for ${user.email}; no SMTP_URL, so it is shown once to the admin who made it`);
  }
  invitation.delivery.url = url;
}

function invitationText(user: { email: string; name: string }, url: string, invitedBy: string): string {
  return [
    `Hello ${user.name},`,
    "",
    `${invitedBy} has made you an account in the ${site.name} newsroom. You sign in as ${user.email}.`,
    "",
    "Choose your password here. The link works once, within 24 hours:",
    url,
    "",
    `Then sign in at ${site.url}/admin.`,
    "",
    "If you were not expecting this message, you can ignore it: nothing happens until the link is used.",
  ].join("\n");
}
