"use server";
// Sign-in and sign-out for the admin. The same answer for a wrong email and a
// wrong password, so the form cannot be used to find accounts. An account with
// two-factor sign-in is asked for a code (or a backup code) in a second step;
// better-auth holds the half-done sign-in in a signed cookie for ten minutes.
import { isForm, NOT_A_FORM } from "./form-state";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { TWO_FACTOR_ERROR_CODES } from "better-auth/plugins/two-factor";
import { z } from "zod";
import { safeReturnPath } from "@/lib/return-path";
import { auth } from "@/server/auth/auth";
import { log } from "@/server/log";
import { normaliseCode } from "@/server/services/two-factor";

export type SignInState = { step?: "password" | "code"; message?: string; email?: string };

const credentials = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(256),
  next: z.string().max(512).optional(),
});

const secondStep = z.object({
  code: z.string().max(64),
  trustDevice: z.literal("on").optional(),
  email: z.string().max(254).default(""),
  next: z.string().max(512).optional(),
});

/** Both steps of the sign-in form: the password, then (with two-factor sign-in) the code. */
export async function signIn(_prev: SignInState, form: FormData): Promise<SignInState> {
  if (!isForm(form)) return { message: NOT_A_FORM };
  if (form.get("step") === "code") return signInWithCode(form);
  const parsed = credentials.safeParse({ email: form.get("email"), password: form.get("password"), next: form.get("next") ?? undefined });
  if (!parsed.success) {
    return { message: parsed.error.issues[0]?.message ?? "Enter your email and password.", email: String(form.get("email") ?? "") };
  }
  let result: unknown;
  try {
    result = await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      if (error.statusCode === 429) return { message: error.body?.message ?? "Too many failed sign-ins. Try again later.", email: parsed.data.email };
      if (error.statusCode === 401 || error.statusCode === 403 || error.statusCode === 400) {
        return { message: "That email and password do not match an active account.", email: parsed.data.email };
      }
    }
    log.error({ err: error }, "sign-in failed unexpectedly");
    return { message: "Signing in failed. Try again in a moment.", email: parsed.data.email };
  }
  if ((result as { twoFactorRedirect?: unknown }).twoFactorRedirect === true) return { step: "code", email: parsed.data.email };
  redirect(safeReturnPath(parsed.data.next));
}

async function signInWithCode(form: FormData): Promise<SignInState> {
  const parsed = secondStep.safeParse({ code: form.get("code"), trustDevice: form.get("trustDevice") ?? undefined, email: form.get("email") ?? undefined, next: form.get("next") ?? undefined });
  if (!parsed.success) return { step: "code", message: "Enter the six-digit code from your authenticator app, or a backup code." };
  const { email, next } = parsed.data;
  const typed = normaliseCode(parsed.data.code);
  if (!typed) return { step: "code", email, message: "Enter the six-digit code from your authenticator app, or a backup code." };
  const body = { code: typed.code, trustDevice: parsed.data.trustDevice === "on" };
  try {
    if (typed.kind === "totp") await auth.api.verifyTOTP({ body, headers: await headers() });
    else await auth.api.verifyBackupCode({ body, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      const code = String(error.body?.code ?? "");
      if (error.statusCode === 429) return { step: "code", email, message: error.body?.message ?? "Too many failed sign-ins. Try again later." };
      if (code === TWO_FACTOR_ERROR_CODES.TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE.code) {
        return { step: "password", email, message: "Too many wrong codes for this sign-in. Enter your password again to get another try." };
      }
      // Taken once (server/auth/auth.ts): the code on the screen was just used, here or elsewhere.
      if (code === "CODE_ALREADY_USED") return { step: "code", email, message: error.body?.message ?? "That code has just been used. Enter the next one." };
      if (code === TWO_FACTOR_ERROR_CODES.INVALID_TWO_FACTOR_COOKIE.code) {
        return { step: "password", email, message: "That sign-in has expired (codes are taken for ten minutes). Enter your password again." };
      }
      if (error.statusCode === 401 || error.statusCode === 400) {
        return { step: "code", email, message: "That code is not right. Enter the code your app shows now, or a backup code you have not used yet." };
      }
    }
    log.error({ err: error }, "two-factor sign-in failed unexpectedly");
    return { step: "code", email, message: "Signing in failed. Try again in a moment." };
  }
  redirect(safeReturnPath(next));
}

export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() }).catch(() => {});
  redirect("/admin/login");
}
