import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/action-form";
import { RegenerateBackupCodes } from "@/components/admin/backup-codes";
import { BylineForm } from "@/components/admin/byline-form";
import { inputClass as input } from "@/components/ui/controls";
import { TwoFactorSetup } from "@/components/admin/two-factor-setup";
import { site } from "@/lib/site";
import { disableTwoFactorAction } from "@/server/actions/two-factor";
import { changePasswordAction } from "@/server/actions/users";
import { requireSignedIn } from "@/server/auth/session";
import { twoFactorRoles } from "@/server/services/security";
import { backupCodesLeft } from "@/server/services/two-factor";
import { ownBylineFor } from "@/server/services/bylines";

export const metadata: Metadata = { title: "Your account" };

/** The account page is also where two-factor sign-in is set up, so it opens to people who still owe it. */
export default async function AccountPage({ searchParams }: PageProps<"/admin/account">) {
  const { actor, twoFactorEnabled, mustEnrol } = await requireSignedIn();
  const { password } = await searchParams;
  const [codesLeft, required] = await Promise.all([backupCodesLeft(actor.id), twoFactorRoles()]);
  const requiredForMe = required.includes(actor.role);
  // Made here on first use for accounts older than bylines for every account.
  const byline = await ownBylineFor(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Your account</h1>
      <p className="mt-1 text-sm text-muted">{actor.name} · {actor.email} · {actor.role}</p>
      {mustEnrol ? (
        <div role="alert" className="mt-4 max-w-2xl rounded border border-breaking bg-paper px-4 py-3">
          <p className="font-semibold">Set up two-factor sign-in to continue</p>
          <p className="mt-1 text-sm">
            Your role ({actor.role}) must sign in with a code from an authenticator app as well as the password. The rest of the
            newsroom opens once it is set up below.
          </p>
        </div>
      ) : null}
      {password === "changed" ? <p role="status" className="mt-4 rounded border border-rule bg-paper px-3 py-2 text-sm">Password changed. Other devices were signed out.</p> : null}
      <h2 className="mt-6 text-lg font-bold">Your byline</h2>
      <p className="mt-1 max-w-xl text-sm text-muted">
        How readers see you under your stories and on your author page (<a href={`/author/${byline.slug}`} className="underline">/author/{byline.slug}</a>, once a story of yours is live).
      </p>
      <BylineForm
        byline={{
          name: byline.name,
          jobTitle: byline.jobTitle,
          bio: byline.bio,
          photo: byline.photo ? { id: byline.photo.id, src: `/media/${byline.photo.fileName}`, alt: byline.photo.alt } : null,
        }}
      />

      <section aria-labelledby="two-factor" className="mt-6">
        <h2 id="two-factor" className="text-lg font-bold">Two-factor sign-in</h2>
        <TwoFactorSetup issuer={site.name} enabled={twoFactorEnabled}>
          {twoFactorEnabled ? (
            <>
              <p className="mt-1 max-w-2xl text-sm">
                <strong>On.</strong> After your password, sign-in asks for the code your authenticator app shows, or a backup code.{" "}
                {codesLeft === null ? null : `${codesLeft} unused backup code${codesLeft === 1 ? "" : "s"} left.`}
              </p>
              {codesLeft !== null && codesLeft < 3 ? <p className="mt-1 text-sm text-breaking">Few backup codes are left: make new ones below.</p> : null}
              <h3 className="mt-4 font-semibold">New backup codes</h3>
              <p className="text-sm text-muted">Replaces all your backup codes, used or not. Needs your password and a code from the app.</p>
              <RegenerateBackupCodes />
              <h3 className="mt-4 font-semibold">Turn off two-factor sign-in</h3>
              <p className="max-w-2xl text-sm text-muted">
                Needs your password and a code from the app (or a backup code). Browsers you trusted to skip the code are forgotten.
                {requiredForMe ? " Your role requires two-factor sign-in: you will be asked to set it up again (with a new phone, say) before anything else." : ""}
              </p>
              <ActionForm action={disableTwoFactorAction} submit="Turn off two-factor sign-in" danger label="Turn off two-factor sign-in" className="mt-2 grid max-w-sm gap-2">
                <label className="text-sm">Current password<input name="password" type="password" autoComplete="current-password" className={input} /></label>
                <label className="text-sm">Code from your authenticator app, or a backup code<input name="code" autoComplete="one-time-code" autoCapitalize="off" spellCheck={false} className={`${input} font-mono`} /></label>
              </ActionForm>
            </>
          ) : (
            <p className="mt-1 max-w-2xl text-sm">
              <strong>Off.</strong> Sign-in asks for your password only. With two-factor sign-in it also asks for a six-digit code
              from an authenticator app on your phone (Google Authenticator, Microsoft Authenticator, 1Password, Bitwarden and
              others), so a stolen password alone does not get anyone in.
            </p>
          )}
        </TwoFactorSetup>
      </section>

      <h2 className="mt-8 text-lg font-bold">Change password</h2>
      <ActionForm action={changePasswordAction} submit="Change password" label="Change password" refresh={false} className="mt-2 grid max-w-sm gap-2">
        <label className="text-sm">Current password<input name="currentPassword" type="password" autoComplete="current-password" className={input} /></label>
        <label className="text-sm">New password (at least 10 characters)<input name="newPassword" type="password" autoComplete="new-password" className={input} /></label>
      </ActionForm>
    </>
  );
}
