import type { CandidateFile, ClientId, ConfigFormat, ConfigScope } from '../model';

export type CandidateMaker = (path: string, scope: ConfigScope, kind: string, format: ConfigFormat) => CandidateFile;

/** A CandidateFile factory bound to one client, so each module lists its files in one line apiece. */
export function candidateMaker(client: ClientId): CandidateMaker {
  return (path, scope, kind, format) => ({ path, client, scope, kind, format });
}
