// SARIF 2.1.0, as GitHub code scanning accepts it: rules with help URIs, 1-based regions, relative URIs.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from '../core/model';

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
  rules: Array<{ id: string; title: string }>;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function toSarif(findings: Finding[], tool: SarifTool, baseDir: string): object {
  const usedRules = tool.rules.filter((rule) => findings.some((f) => f.ruleId === rule.id));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: usedRules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.title },
              helpUri: `${tool.informationUri}/blob/main/docs/rules/${rule.id}.md`,
            })),
          },
        },
        originalUriBaseIds: { PROJECTROOT: { uri: pathToFileURL(baseDir + path.sep).href } },
        // Code scanning needs a location per result; problems with no file (no policy at all) are tool notifications.
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: findings.filter((f) => !f.file).map((f) => ({ level: LEVEL[f.severity], message: { text: f.message }, descriptor: { id: f.ruleId } })),
          },
        ],
        results: findings.filter((f) => f.file).map((f) => result(f, baseDir, usedRules.findIndex((r) => r.id === f.ruleId))),
      },
    ],
  };
}

function result(finding: Finding, baseDir: string, ruleIndex: number): object {
  const relative = path.relative(baseDir, finding.file);
  const inside = relative && !relative.startsWith('..') && !path.isAbsolute(relative);
  const location = {
        physicalLocation: {
          artifactLocation: inside ? { uri: relative.split(path.sep).join('/'), uriBaseId: 'PROJECTROOT' } : { uri: pathToFileURL(finding.file).href },
          region: {
            startLine: finding.range.start.line + 1,
            startColumn: finding.range.start.character + 1,
            endLine: finding.range.end.line + 1,
            endColumn: finding.range.end.character + 1,
          },
        },
      };
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [location],
    partialFingerprints: { 'mcpWarden/v1': `${finding.ruleId}:${finding.server ?? ''}:${finding.client ?? ''}:${finding.scope ?? ''}` },
  };
}
