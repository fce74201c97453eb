import "server-only";
// Known devices. Ten wrong passwords lock an account for everyone for a while,
// which would let anyone keep an editor out by guessing. A browser that has
// signed in to the account before carries a cookie saying so, signed with the
// auth secret (HMAC-SHA256) and naming the account and the device; while the
// account is locked, such a browser may still sign in, with a limit of its
// own on its failures.
import { randomUUID } from "node:crypto";

/** Chrome keeps cookies at most 400 days; a year is well inside. */
export const DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
/** The cookie's name before better-auth's prefix ("better-auth.device", "__Secure-…" on https). */
export const DEVICE_COOKIE = "device";

export type Device = { userId: string; deviceId: string };

/** The signed value: "<user id>:<device id>". */
export function deviceValue(device: Device): string {
  return `${device.userId}:${device.deviceId}`;
}

/** The device a verified cookie value names, or null for anything malformed. */
export function parseDeviceValue(value: string | null | false | undefined): Device | null {
  if (!value) return null;
  const parts = value.split(":");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { userId: parts[0], deviceId: parts[1] };
}

/** The device to remember after `userId` signed in: the same one again, or a new one. */
export function deviceAfterSignIn(userId: string, known: Device | null): Device {
  return known?.userId === userId ? known : { userId, deviceId: randomUUID() };
}
