import type { ApprovedServer } from '../../policy-schema/schema';

/** Every name an approval is known by (id, display name, aliases), lower-cased: what impersonation compares. */
export function namesOf(server: ApprovedServer): string[] {
  return [server.id, server.name, ...(server.aliases ?? [])].filter((n): n is string => Boolean(n)).map((n) => n.toLowerCase());
}
