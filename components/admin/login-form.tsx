"use client";
import { useActionState } from "react";
import { signIn, type SignInState } from "@/server/actions/auth";

export function LoginForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div>
        <label htmlFor="email" className="block text-sm font-semibold">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} className="mt-1 w-full rounded border border-rule bg-paper px-3 py-2" aria-describedby="login-error" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-semibold">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-rule bg-paper px-3 py-2" aria-describedby="login-error" />
      </div>
      <p id="login-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-breaking">{state.message}</p>
      <button type="submit" disabled={pending} className="w-full rounded bg-ink px-4 py-2 font-semibold text-paper disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
