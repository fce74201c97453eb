// What the audit log records, in the newsroom's words. Shared by the service that
// writes records and the page that lists them (and its filters).

export const AUDIT_ACTIONS = {
  "auth.sign-in": "Signed in",
  "auth.sign-in-failed": "Failed sign-in",
  "auth.sign-out": "Signed out",
  "auth.password-change": "Changed their password",
  "auth.password-set": "Set a password from a link",
  "auth.two-factor-enable": "Turned on two-factor sign-in",
  "auth.two-factor-disable": "Turned off two-factor sign-in",
  "auth.backup-codes": "Made new backup codes",
  "article.create": "Created a story",
  "article.submit": "Submitted for review",
  "article.publish": "Published",
  "article.schedule": "Scheduled",
  "article.update-live": "Updated a live story",
  "article.unpublish": "Unpublished",
  "article.archive": "Archived",
  "article.restore": "Restored a revision",
  "article.slug": "Changed a story's address",
  "article.unpublish-at": "Set when a story comes down",
  "article.take-over": "Took over editing",
  "article.correction": "Published a correction",
  "article.correction-withdrawn": "Withdrew a correction",
  "live.entry-post": "Posted a live-blog entry",
  "live.entry-edit": "Edited a live-blog entry",
  "live.entry-delete": "Deleted a live-blog entry",
  "live.entry-flag": "Pinned or marked a live-blog entry",
  "live.end": "Ended a live blog's coverage",
  "live.resume": "Resumed a live blog's coverage",
  "front.publish": "Published an arrangement of a front page",
  "preview-link.create": "Made a preview link",
  "preview-link.revoke": "Revoked a preview link",
  "preview-link.open": "Opened a preview link",
  "article.import": "Imported a story",
  "article.import-update": "Updated an imported story",
  "import.run": "Ran a WordPress import",
  "section.create": "Created a section",
  "section.update": "Changed a section",
  "section.delete": "Deleted a section",
  "topic.create": "Created a topic",
  "topic.update": "Changed a topic",
  "topic.merge": "Merged topics",
  "author.create": "Created an author",
  "author.update": "Changed an author",
  "media.import": "Imported an image",
  "media.update": "Changed an image's texts",
  "media.delete": "Deleted an image",
  "account.create": "Created an account",
  "account.role": "Changed a role",
  "account.deactivate": "Deactivated an account",
  "account.reactivate": "Reactivated an account",
  "account.two-factor-reset": "Turned off someone's two-factor sign-in",
  "settings.two-factor-roles": "Changed who must use two-factor sign-in",
  "audit.purge": "Removed old audit records",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function auditActionLabel(action: string): string {
  return (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
}

/** Where a record's target is managed in the newsroom; null when it has no page. */
export function auditTargetHref(targetType: string | null, targetId: string | null): string | null {
  if (!targetType) return null;
  switch (targetType) {
    case "article":
      return targetId ? `/admin/articles/${encodeURIComponent(targetId)}` : "/admin/articles";
    case "section":
      return "/admin/sections";
    case "topic":
      return "/admin/tags";
    case "author":
      return "/admin/authors";
    case "media":
      return "/admin/media";
    case "account":
      return "/admin/users";
    case "front":
      return "/admin/front-page";
    case "settings":
      return "/admin/security";
    case "import":
      return targetId ? `/admin/import/${encodeURIComponent(targetId)}` : "/admin/import";
    default:
      return null;
  }
}
