import type { Metadata } from "next";
import { Refusal } from "@/components/admin/refusal";

export const metadata: Metadata = { title: "No access" };

/** A newsroom page the signed-in role may not see: said plainly, inside the newsroom's frame, with a 403. */
export default function NoAccess() {
  return <Refusal what="page" detail="Your role does not include it. An admin can change roles on the Accounts page." />;
}
