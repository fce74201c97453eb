import "server-only";
// Lists for the admin's section, topic, author and account pages (never cached).
import { db } from "@/server/db";

export const listSectionsForAdmin = () =>
  db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true, slug: true, description: true, position: true, updatedAt: true, _count: { select: { articles: true } } } });

export const listTagsForAdmin = () =>
  db.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, description: true, updatedAt: true, _count: { select: { articles: true } } } });

export const listAuthorsForAdmin = () =>
  db.author.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, slug: true, jobTitle: true, bio: true, photoId: true, userId: true, updatedAt: true,
      photo: { select: { id: true, alt: true, fileName: true } },
      user: { select: { email: true } },
      _count: { select: { articles: true } },
    },
  });

export const listUsersForAdmin = () =>
  db.user.findMany({ orderBy: [{ role: "asc" }, { name: "asc" }], select: { id: true, name: true, email: true, role: true, banned: true, twoFactorEnabled: true, createdAt: true, _count: { select: { sessions: true } } } });
