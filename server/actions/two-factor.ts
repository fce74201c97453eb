"use server";
// The account page's two-factor sign-in: set up (password, then a first code), new backup codes and
// turning it off (password and a code). Open to everyone signed in, also to those whose role requires
// two-factor sign-in and who have not set it up yet (the only thing they may do in the newsroom).
import { headers } from "next/headers";
import { z } from "zod";
import { getSignedIn } from "@/server/auth/session";
import { confirmEnrolment, disableTwoFactor, regenerateBackupCodes, startEnrolment } from "@/server/services/two-factor";
import { isForm, NOT_A_FORM, type FormState } from "./form-state";

export type EnrolState = { step?: "confirm" | "done"; secret?: string; qrCode?: string; backupCodes?: string[]; message?: string };
export type BackupCodesState = FormState & { backupCodes?: string[] };

const SIGNED_OUT = "You are signed out. Sign in again.";
const password = z.string().min(1, "Enter your current password.").max(128);
const code = z.string().trim().min(1, "Enter a code from your authenticator app, or a backup code.").max(64);
const passwordAndCode = z.object({ password, code });

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/** What the previous step showed (the state comes back from the browser): only a secret and our own QR image. */
function shown(prev: EnrolState | undefined): Pick<EnrolState, "secret" | "qrCode"> {
  const secret = typeof prev?.secret === "string" && /^[A-Z2-7]{16,128}$/.test(prev.secret) ? prev.secret : undefined;
  const qrCode = typeof prev?.qrCode === "string" && prev.qrCode.startsWith("data:image/svg+xml;base64,") && prev.qrCode.length < 64_000 ? prev.qrCode : undefined;
  return { secret, qrCode };
}

/** Set-up: step 1 (no `step` field) takes the password and shows the secret; step 2 ("confirm") takes the first code. */
export async function enrolAction(prev: EnrolState, form: FormData): Promise<EnrolState> {
  if (!isForm(form)) return { message: NOT_A_FORM };
  if (!(await getSignedIn())) return { message: SIGNED_OUT };
  if (form.get("step") === "confirm") {
    const parsed = code.safeParse(text(form, "code"));
    if (!parsed.success) return { step: "confirm", ...shown(prev), message: parsed.error.issues[0]?.message };
    const result = await confirmEnrolment(await headers(), parsed.data);
    if (!result.ok) return { step: "confirm", ...shown(prev), message: result.message };
    return { step: "done", backupCodes: result.backupCodes };
  }
  const parsed = password.safeParse(text(form, "password"));
  if (!parsed.success) return { message: parsed.error.issues[0]?.message };
  const result = await startEnrolment(await headers(), parsed.data);
  if (!result.ok) return { message: result.message };
  return { step: "confirm", secret: result.secret, qrCode: result.qrCode };
}

function refused(result: { message: string; field?: string }): FormState {
  return { ok: false, message: result.message, fieldErrors: result.field ? { [result.field]: [result.message] } : undefined };
}

function invalid(error: z.ZodError): FormState {
  return { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(error).fieldErrors };
}

export async function regenerateBackupCodesAction(_prev: BackupCodesState, form: FormData): Promise<BackupCodesState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  if (!(await getSignedIn())) return { ok: false, message: SIGNED_OUT };
  const parsed = passwordAndCode.safeParse({ password: text(form, "password"), code: text(form, "code") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await regenerateBackupCodes(await headers(), parsed.data);
  if (!result.ok) return refused(result);
  return { ok: true, message: "New backup codes made. The old ones no longer work.", backupCodes: result.backupCodes };
}

export async function disableTwoFactorAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  if (!(await getSignedIn())) return { ok: false, message: SIGNED_OUT };
  const parsed = passwordAndCode.safeParse({ password: text(form, "password"), code: text(form, "code") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await disableTwoFactor(await headers(), parsed.data);
  if (!result.ok) return refused(result);
  return { ok: true, message: "Two-factor sign-in is off. Sign-in asks for your password only." };
}
