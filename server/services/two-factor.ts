import "server-only";
// Two-factor sign-in for the signed-in person: set up (the password, then a first code from the app),
// turn off and make new backup codes (the password and a code). better-auth's two-factor plugin does the
// work; these take the request's headers (the session cookie), so the account page's actions and the tests
// call the same code. Turning it off and new backup codes are refused over HTTP (server/auth/auth.ts): the
// plugin's endpoints there would take the password alone.
import { APIError } from "better-auth/api";
import { TWO_FACTOR_ERROR_CODES } from "better-auth/plugins/two-factor";
import QRCode from "qrcode";
import { auth } from "@/server/auth/auth";
import { auditAccountEvent } from "@/server/auth/audit-events";
import { db } from "@/server/db";

type Refusal = { ok: false; message: string; field?: "password" | "code" };
export type Enrolment = { ok: true; secret: string; qrCode: string } | Refusal;
export type BackupCodes = { ok: true; backupCodes: string[] } | Refusal;
export type Done = { ok: true } | Refusal;

const SIGNED_OUT: Refusal = { ok: false, message: "You are signed out. Sign in again." };

/** A backup code as the plugin makes them: ten letters and digits with a hyphen in the middle. */
const BACKUP_CODE = /^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/;

/** A code as typed: the app's six digits (spaces dropped) or a backup code. */
export function normaliseCode(code: string): { kind: "totp" | "backup"; code: string } | null {
  const trimmed = code.trim();
  const digits = trimmed.replace(/\s+/g, "");
  if (/^\d{6}$/.test(digits)) return { kind: "totp", code: digits };
  return BACKUP_CODE.test(trimmed) ? { kind: "backup", code: trimmed } : null;
}

/** The QR code of an otpauth:// address, drawn here as an SVG data URL (no outside service sees the secret). */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** Step 1: a new secret for the signed-in person, not yet in force. Starting again replaces an unconfirmed one. */
export async function startEnrolment(headers: Headers, password: string): Promise<Enrolment> {
  try {
    const enabled = await auth.api.enableTwoFactor({ body: { password, method: "totp" }, headers });
    if (enabled.method !== "totp") throw new Error("the two-factor plugin did not set up an authenticator app");
    const { totpURI } = enabled;
    const secret = new URL(totpURI).searchParams.get("secret") ?? "";
    // The plugin made backup codes too; they are shown once the first code has confirmed the app works.
    return { ok: true, secret, qrCode: await qrCodeDataUrl(totpURI) };
  } catch (error) {
    return refusal(error);
  }
}

/** Step 2: the first code from the app turns two-factor sign-in on; the backup codes are handed out this once. */
export async function confirmEnrolment(headers: Headers, code: string): Promise<BackupCodes> {
  const session = await auth.api.getSession({ headers });
  if (!session) return SIGNED_OUT;
  const pending = await db.twoFactor.findUnique({ where: { userId: session.user.id }, select: { verified: true } });
  if (!pending) return { ok: false, message: "Start again: enter your password to get a new secret." };
  if (pending.verified !== false) return { ok: false, message: "Two-factor sign-in is already on for your account." };
  const typed = normaliseCode(code);
  if (typed?.kind !== "totp") return { ok: false, message: "Enter the six-digit code your authenticator app shows.", field: "code" };
  try {
    await auth.api.verifyTOTP({ body: { code: typed.code }, headers });
  } catch (error) {
    const refused = refusal(error);
    return refused.field === "code" ? { ...refused, message: "That code is not right. Enter the code your app shows now; if it still fails, check that the phone's clock is right." } : refused;
  }
  const { backupCodes } = await auth.api.viewBackupCodes({ body: { userId: session.user.id } });
  await auditAccountEvent(session.user, "auth.two-factor-enable", headers);
  return { ok: true, backupCodes };
}

/** Checks a code (the app's or a backup code, which is then used up) for the signed-in person. */
async function checkCode(headers: Headers, code: string): Promise<Refusal | null> {
  const typed = normaliseCode(code);
  if (!typed) return { ok: false, message: "Enter the six-digit code from your authenticator app, or a backup code.", field: "code" };
  try {
    if (typed.kind === "totp") await auth.api.verifyTOTP({ body: { code: typed.code }, headers });
    else await auth.api.verifyBackupCode({ body: { code: typed.code, disableSession: true }, headers });
    return null;
  } catch (error) {
    return refusal(error);
  }
}

/** Turns two-factor sign-in off: needs the password and a code. Browsers trusted to skip the code are forgotten. */
export async function disableTwoFactor(headers: Headers, input: { password: string; code: string }): Promise<Done> {
  const session = await auth.api.getSession({ headers });
  if (!session) return SIGNED_OUT;
  const wrongCode = await checkCode(headers, input.code);
  if (wrongCode) return wrongCode;
  try {
    await auth.api.disableTwoFactor({ body: { password: input.password }, headers });
  } catch (error) {
    return refusal(error);
  }
  await forgetTrustedBrowsers(session.user.id);
  await auditAccountEvent(session.user, "auth.two-factor-disable", headers);
  return { ok: true };
}

/** New backup codes in place of the old ones: needs the password and a code. */
export async function regenerateBackupCodes(headers: Headers, input: { password: string; code: string }): Promise<BackupCodes> {
  const wrongCode = await checkCode(headers, input.code);
  if (wrongCode) return wrongCode;
  try {
    const { backupCodes } = await auth.api.generateBackupCodes({ body: { password: input.password }, headers });
    const session = await auth.api.getSession({ headers });
    if (session) await auditAccountEvent(session.user, "auth.backup-codes", headers);
    return { ok: true, backupCodes };
  } catch (error) {
    return refusal(error);
  }
}

/**
 * Ends "trust this browser" for every browser of the account (the plugin keeps one verification row per
 * trusted browser, named "trust-device-…" with the account's id as its value; it forgets only the current one).
 */
export async function forgetTrustedBrowsers(userId: string): Promise<void> {
  await db.verification.deleteMany({ where: { identifier: { startsWith: "trust-device-" }, value: userId } });
}

/** How many unused backup codes the person has left, or null without two-factor sign-in. */
export async function backupCodesLeft(userId: string): Promise<number | null> {
  const row = await db.twoFactor.findUnique({ where: { userId }, select: { verified: true } });
  if (!row || row.verified === false) return null;
  const { backupCodes } = await auth.api.viewBackupCodes({ body: { userId } });
  return backupCodes.length;
}

const CODE_ERRORS = new Set<string>([TWO_FACTOR_ERROR_CODES.INVALID_CODE.code, TWO_FACTOR_ERROR_CODES.INVALID_BACKUP_CODE.code]);
const NOT_ON = new Set<string>([
  TWO_FACTOR_ERROR_CODES.TOTP_NOT_ENABLED.code,
  TWO_FACTOR_ERROR_CODES.TWO_FACTOR_NOT_ENABLED.code,
  TWO_FACTOR_ERROR_CODES.BACKUP_CODES_NOT_ENABLED.code,
]);

/** A readable answer for what the plugin (or our limits) refused; anything else is not ours to hide. */
function refusal(error: unknown): Refusal {
  if (!(error instanceof APIError)) throw error;
  const code = String(error.body?.code ?? "");
  if (error.statusCode === 429) return { ok: false, message: error.body?.message ?? "Too many attempts. Try again later." };
  if (code === "INVALID_PASSWORD") return { ok: false, message: "That is not your current password.", field: "password" };
  if (CODE_ERRORS.has(code)) {
    return { ok: false, message: "That code is not right. Enter the code your app shows now, or a backup code you have not used yet.", field: "code" };
  }
  if (code === TWO_FACTOR_ERROR_CODES.TOTP_ALREADY_ENABLED.code) return { ok: false, message: "Two-factor sign-in is already on for your account." };
  if (NOT_ON.has(code)) return { ok: false, message: "Two-factor sign-in is not on for your account." };
  if (error.statusCode === 401) return SIGNED_OUT;
  throw error;
}
