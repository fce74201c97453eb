"use server";
// Accounts (admins only) and the signed-in user's own password.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { env } from "@/lib/env";
import { newUserInput, passwordChangeInput, roleInput, userIdInput } from "@/lib/validation/taxonomy";
import { auth } from "@/server/auth/auth";
import { getActor, getSignedIn } from "@/server/auth/session";
import { createUser, resetTwoFactor, setActive, setRole, type UserResult } from "@/server/services/users";
import { formFields, guarded, isForm, NOT_A_FORM, type FormState } from "./form-state";

const done = (result: UserResult): FormState => (result.ok ? { ok: true, message: result.message } : { ok: false, message: result.message, fieldErrors: result.fieldErrors });
const invalid = (error: z.ZodError): FormState => ({ ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(error).fieldErrors });

/** The new-account form's state: a set-password link to pass on when none was e-mailed (held by the admin's page only). */
export type NewAccountState = FormState & { link?: string };

export async function createUserAction(_prev: NewAccountState, form: FormData): Promise<NewAccountState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = newUserInput.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  let link: string | undefined;
  const state = await guarded(async () => {
    const result = await createUser(await getActor(), parsed.data, env.SITE_URL);
    if (result.ok) link = result.link;
    return done(result);
  });
  return link ? { ...state, link } : state;
}

export async function setRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = roleInput.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => done(await setRole(await getActor(), parsed.data.userId, parsed.data.role)));
}

export async function deactivateUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = userIdInput.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => done(await setActive(await getActor(), parsed.data.userId, false)));
}

export async function reactivateUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = userIdInput.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => done(await setActive(await getActor(), parsed.data.userId, true)));
}

export async function resetTwoFactorAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = userIdInput.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => done(await resetTwoFactor(await getActor(), parsed.data.userId)));
}

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = passwordChangeInput.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  // The account page's own form: open also to someone who still has to set up two-factor sign-in.
  if (!(await getSignedIn())) return { ok: false, message: "You are signed out. Sign in again." };
  try {
    await auth.api.changePassword({ body: { ...parsed.data, revokeOtherSessions: true }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError && error.statusCode === 429) return { ok: false, message: error.body?.message ?? "Too many wrong passwords. Try again later." };
    if (error instanceof APIError) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { currentPassword: ["That is not your current password."] } };
    throw error;
  }
  // Every session was replaced by a new one for this browser: load the page again with it.
  redirect("/admin/account?password=changed");
}

const resetInput = z.object({ token: z.string().min(1).max(512), newPassword: z.string().min(10, "At least 10 characters.").max(128) });

export async function setPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = resetInput.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await auth.api.resetPassword({ body: parsed.data });
    return { ok: true, message: "Password set. You can sign in now." };
  } catch (error) {
    if (error instanceof APIError) return { ok: false, message: "This link has expired or was already used. Ask an admin for a new one." };
    throw error;
  }
}
