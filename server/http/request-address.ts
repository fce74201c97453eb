import "server-only";
import { headers } from "next/headers";
import { clientAddress, UNKNOWN_ADDRESS } from "./client-address";

/**
 * The address of the client behind the current request (a server action, a route), as the front determined
 * it; null outside a request (the scheduler, scripts, tests calling services directly).
 */
export async function requestAddress(): Promise<string | null> {
  let list: Headers;
  try {
    list = await headers();
  } catch {
    return null; // no request in scope
  }
  const address = clientAddress(list);
  return address === UNKNOWN_ADDRESS ? null : address;
}
