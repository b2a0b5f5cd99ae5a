// A credential inside a tool result or argument: a private key in a weather report is a leak in
// progress, whoever caused it. Recognition is core/secrets' (the same recognisers as config checks).
import type { Detector } from '../analysis';
import { RULES } from '../rules';
import { findCredentials } from '../../secrets';
import type { Surface } from '../types';

const CONFIDENCE: Partial<Record<Surface, number>> = { response: 0.8, arguments: 0.5, other: 0.6 };

export const detectCredentialLeak: Detector = (analysis) => {
  const base = CONFIDENCE[analysis.surface];
  if (!base) return [];
  return findCredentials(analysis.views.raw)
    .filter((match) => match.confidence === 'high')
    .slice(0, 4)
    .map((match) => ({
      ruleId: RULES.credentialLeak,
      confidence: match.kind === 'pem-private-key' ? Math.max(base, 0.85) : base,
      message: `${match.label} in the text`,
      start: match.start,
      end: match.end,
      raw: true,
    }));
};
