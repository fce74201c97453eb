import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { TRUST_DEVICE_DAYS } from "@/server/auth/auth";
import { getActor } from "@/server/auth/session";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: PageProps<"/admin/login">) {
  if (await getActor()) redirect("/admin");
  const { next } = await searchParams;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <p className="font-serif text-3xl font-bold">{site.name}</p>
      <h1 className="mt-2 text-xl font-semibold">Sign in to the newsroom</h1>
      <LoginForm next={typeof next === "string" ? next : undefined} trustDeviceDays={TRUST_DEVICE_DAYS} />
    </main>
  );
}
