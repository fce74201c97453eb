"use server";
// The admins' security settings: which roles must use two-factor sign-in.
import { z } from "zod";
import { ROLES } from "@/server/auth/policies";
import { getActor } from "@/server/auth/session";
import { setTwoFactorRoles } from "@/server/services/security";
import { guarded, isForm, NOT_A_FORM, type FormState } from "./form-state";

const rolesInput = z.array(z.enum(ROLES)).max(ROLES.length);

export async function saveTwoFactorRolesAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = rolesInput.safeParse(form.getAll("roles"));
  if (!parsed.success) return { ok: false, message: "Choose roles from the list." };
  return guarded(async () => setTwoFactorRoles(await getActor(), parsed.data));
}
