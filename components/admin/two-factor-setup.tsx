"use client";
// Setting up two-factor sign-in: the password, then the secret (a QR code and as text) and the first code
// from the app, then the backup codes, once. The confirmation changes the session cookie, so Next renders
// the page again at once (now with two-factor sign-in on): this component stays where it is in either case,
// keeping the backup codes on screen until they are put away.
import { useRouter } from "next/navigation";
import { useActionState, useState, type ReactNode } from "react";
import { enrolAction, type EnrolState } from "@/server/actions/two-factor";
import { BackupCodeList } from "./backup-codes";
import { buttonClass, inputClass as input } from "@/components/ui/controls";

const button = buttonClass("primary", { small: true, className: "justify-self-start" });

/** The secret in groups of four, as apps show it when it is typed in (they ignore the spaces). */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/** `children`: what the page shows around the set-up while it is off, or instead of it once it is on. */
export function TwoFactorSetup({ issuer, enabled, children }: { issuer: string; enabled: boolean; children: ReactNode }) {
  const router = useRouter();
  const [state, action, pending] = useActionState<EnrolState, FormData>(enrolAction, {});
  const [stored, setStored] = useState(false);
  const message = <p role="status" aria-live="polite" className="text-sm text-breaking">{state.message}</p>;

  if (state.step === "done" && state.backupCodes && !stored) {
    return (
      <div className="mt-2">
        <p role="status" className="max-w-md rounded border border-rule bg-paper px-3 py-2 text-sm font-semibold">
          Two-factor sign-in is on. From now on, sign-in asks for a code from your app after your password.
        </p>
        <BackupCodeList codes={state.backupCodes} />
        <button type="button" onClick={() => { setStored(true); router.refresh(); }} className={`${button} mt-3`}>I have stored my backup codes</button>
      </div>
    );
  }
  if (enabled) return <>{children}</>;

  if (state.step === "confirm" && state.secret) {
    return (
      <div className="mt-2 max-w-xl">
        {children}
        <ol className="mt-3 list-decimal space-y-4 pl-5 text-sm">
          <li>
            <p>Scan this QR code with your authenticator app.</p>
            {/* Drawn on our server (an SVG data URL): the secret goes to no outside service. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            {state.qrCode ? <img src={state.qrCode} alt={`QR code that adds ${issuer} to an authenticator app`} width={192} height={192} className="mt-2 rounded border border-rule bg-white" /> : null}
          </li>
          <li>
            <p>Or, if you cannot scan it, add an account by hand in the app (time-based) with this key:</p>
            <p className="mt-1"><code id="totp-secret" aria-label="Secret key" className="rounded bg-paper px-2 py-1 font-mono text-base tracking-wide">{grouped(state.secret)}</code></p>
          </li>
          <li>
            <form action={action} aria-label="Confirm two-factor sign-in" className="grid gap-2">
              <input type="hidden" name="step" value="confirm" />
              <label className="text-sm">Enter the six-digit code the app shows now
                <input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={12} className={`${input} max-w-40 font-mono tracking-widest`} />
              </label>
              <button type="submit" disabled={pending} className={button}>Turn on two-factor sign-in</button>
              {message}
            </form>
          </li>
        </ol>
        <p className="mt-3 text-xs text-muted">Until the code is confirmed, sign-in stays as it is. If you leave this page now, start again with your password.</p>
      </div>
    );
  }

  return (
    <form action={action} aria-label="Set up two-factor sign-in" className="mt-2 grid max-w-sm gap-2">
      {children}
      <label className="text-sm">Current password<input name="password" type="password" autoComplete="current-password" className={input} /></label>
      <button type="submit" disabled={pending} className={button}>Set up two-factor sign-in</button>
      {message}
    </form>
  );
}
