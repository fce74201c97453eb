// One account in each newsroom role, for tests of who may do what.
import { randomUUID } from "node:crypto";
import type { Actor, Role } from "@/server/auth/policies";
import { db } from "@/server/db";

const ROLES = ["admin", "editor", "author", "contributor"] as const satisfies readonly Role[];

/** Creates the accounts, named "<name> <role>", with e-mail addresses no other test uses. */
export async function accountsInEveryRole(name: string): Promise<Record<Role, Actor>> {
  const actors = {} as Record<Role, Actor>;
  for (const role of ROLES) {
    const id = randomUUID();
    const user = await db.user.create({ data: { id, name: `${name} ${role}`, email: `${name.toLowerCase()}-${role}-${id}@example.com`, role } });
    actors[role] = { id: user.id, name: user.name, email: user.email, role };
  }
  return actors;
}

export async function removeAccounts(actors: Record<Role, Actor>): Promise<void> {
  await db.user.deleteMany({ where: { id: { in: Object.values(actors).map((a) => a.id) } } });
}
