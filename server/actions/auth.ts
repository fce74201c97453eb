"use server";
// Sign-in and sign-out for the admin. The same answer for a wrong email and a
// wrong password, so the form cannot be used to find accounts.
import { isForm, NOT_A_FORM } from "./form-state";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { safeReturnPath } from "@/lib/return-path";
import { auth } from "@/server/auth/auth";
import { log } from "@/server/log";

export type SignInState = { message?: string; email?: string };

const credentials = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(256),
  next: z.string().max(512).optional(),
});

export async function signIn(_prev: SignInState, form: FormData): Promise<SignInState> {
  if (!isForm(form)) return { message: NOT_A_FORM };
  const parsed = credentials.safeParse({ email: form.get("email"), password: form.get("password"), next: form.get("next") ?? undefined });
  if (!parsed.success) {
    return { message: parsed.error.issues[0]?.message ?? "Enter your email and password.", email: String(form.get("email") ?? "") };
  }
  try {
    await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
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
  redirect(safeReturnPath(parsed.data.next));
}

export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() }).catch(() => {});
  redirect("/admin/login");
}
