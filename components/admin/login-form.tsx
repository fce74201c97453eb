"use client";
import { useActionState } from "react";
import { signIn, type SignInState } from "@/server/actions/auth";
import { buttonClass, inputClass } from "@/components/ui/controls";


export function LoginForm({ next, trustDeviceDays }: { next?: string; trustDeviceDays: number }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  const message = <p id="login-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-breaking">{state.message}</p>;
  if (state.step === "code") {
    return (
      <form action={action} className="mt-6 space-y-4" noValidate aria-label="Two-factor code">
        <input type="hidden" name="step" value="code" />
        <input type="hidden" name="email" value={state.email ?? ""} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <p className="text-sm">
          Two-factor sign-in is on for <strong>{state.email}</strong>. Enter the code your authenticator app shows now, or one of your backup codes.
        </p>
        <div>
          <label htmlFor="code" className="block text-sm font-semibold">Code</label>
          <input id="code" name="code" type="text" autoComplete="one-time-code" autoCapitalize="off" spellCheck={false} required autoFocus maxLength={64} className={`${inputClass} font-mono tracking-widest`} aria-describedby="code-hint login-error" />
          <p id="code-hint" className="mt-1 text-xs text-muted">Six digits from the app, or a backup code such as a1b2c-3d4e5 (each backup code works once).</p>
        </div>
        <div className="flex items-start gap-2 text-sm">
          <input id="trustDevice" name="trustDevice" type="checkbox" className="mt-1" aria-describedby="trust-hint" />
          <div>
            <label htmlFor="trustDevice" className="font-semibold">Don&apos;t ask for a code on this browser for {trustDeviceDays} days</label>
            <p id="trust-hint" className="text-xs text-muted">
              Your password is still asked. Each sign-in on this browser starts the {trustDeviceDays} days again; turning two-factor sign-in off ends it.
              Leave this off on a shared or public computer.
            </p>
          </div>
        </div>
        {message}
        <button type="submit" disabled={pending} className={buttonClass("primary", { className: "w-full" })}>
          {pending ? "Checking…" : "Verify and sign in"}
        </button>
        <p className="text-center text-sm"><a href={next ? `/admin/login?next=${encodeURIComponent(next)}` : "/admin/login"} className="underline">Start again</a></p>
      </form>
    );
  }
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div>
        <label htmlFor="email" className="block text-sm font-semibold">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} className={inputClass} aria-describedby="login-error" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-semibold">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} aria-describedby="login-error" />
      </div>
      {message}
      <button type="submit" disabled={pending} className={buttonClass("primary", { className: "w-full" })}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
