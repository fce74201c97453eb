import "server-only";
// Outgoing e-mail, through the SMTP server that SMTP_URL names. Without it nothing is sent and callers
// say so (a set-password link is then shown to the admin who made it).
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { site } from "@/lib/site";

let transport: Transporter | undefined;

export function mailConfigured(): boolean {
  return !!env.SMTP_URL;
}

export function mailSender(): string {
  return env.MAIL_FROM ?? `"${site.name.replace(/["\\]/g, "")}" <no-reply@${new URL(env.SITE_URL).hostname}>`;
}

/** Sends one plain-text message; throws when the server refuses it or cannot be reached within seconds. */
export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  if (!env.SMTP_URL) throw new Error("SMTP_URL is not set.");
  // An admin waits for this answer: a mail server that does not respond is given up on in seconds, not minutes.
  transport ??= nodemailer.createTransport({ url: env.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  await transport.sendMail({ from: mailSender(), ...message });
}
