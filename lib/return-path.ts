// Where the sign-in form may send an editor afterwards (no open redirects).

/** Only admin pages and previews may be returned to after signing in. */
export function safeReturnPath(next: string | undefined): string {
  return next && /^\/(admin|preview)(\/[\w\-/?=&%.]*)?$/.test(next) ? next : "/admin";
}
