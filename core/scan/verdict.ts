// From findings to a verdict. Independent rules corroborate each other (noisy-OR over the strongest
// finding of each rule), so two moderate signals of different kinds make a definition malicious.
import { CONFIDENCE, type ScanFinding, type ScanVerdict } from './types';

export function verdictOf(findings: readonly ScanFinding[]): ScanVerdict {
  const strongest = new Map<string, number>();
  for (const finding of findings) {
    if (finding.confidence < CONFIDENCE.warning) continue;
    strongest.set(finding.ruleId, Math.max(strongest.get(finding.ruleId) ?? 0, finding.confidence));
  }
  if (strongest.size === 0) return 'clean';
  let doubt = 1;
  for (const confidence of strongest.values()) doubt *= 1 - confidence;
  return 1 - doubt >= CONFIDENCE.error - 1e-9 ? 'malicious' : 'suspicious';
}

const ORDER: Record<ScanVerdict, number> = { clean: 0, suspicious: 1, malicious: 2 };

export function worstVerdict(verdicts: Iterable<ScanVerdict>): ScanVerdict {
  let worst: ScanVerdict = 'clean';
  for (const verdict of verdicts) if (ORDER[verdict] > ORDER[worst]) worst = verdict;
  return worst;
}
