import { runCheck } from '../../core/check';
import { ALL_RULES } from '../../core/findings/rules';
import { COMMON_DISCOVERY_HELP, COMMON_DISCOVERY_OPTIONS, EXIT, UsageError, type Command } from '../command';
import { discoveryFromOptions } from '../discovery-options';
import { renderCheckReport } from '../report';
import { toSarif } from '../sarif';
import { styleFor } from '../style';
import { VERSION, PROJECT_URL } from '../version';

export const checkCommand: Command = {
  name: ['check'],
  summary: 'check every MCP server configured on this machine and in the project against the policy',
  help: `Usage: mcp-warden check [options]

Finds every MCP config file of every client (Claude Code, Cursor, VS Code, Codex, Claude Desktop,
Windsurf, Gemini CLI, Zed, Cline, Continue, Amazon Q) and reports each server that the policy
does not approve, with the file, line and column, the reason and what to do.

Options:
${COMMON_DISCOVERY_HELP}
  --format FORMAT     text (default), json or sarif (SARIF 2.1.0 for code scanning)

Exit codes: 0 no errors, 1 findings at error level, 2 usage or input error.`,
  options: { ...COMMON_DISCOVERY_OPTIONS, format: { type: 'string' } },
  async run(values, _positionals, io) {
    const format = values.json ? 'json' : ((values.format as string | undefined) ?? 'text');
    if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format ${format}: use text, json or sarif`);
    const { env, policyPath } = discoveryFromOptions(values, io);
    const result = runCheck({ env, ...(policyPath ? { policyPath } : {}) });
    if (format === 'json') io.stdout.write(`${JSON.stringify({ findings: result.findings.map(flatten), summary: result.summary }, null, 2)}\n`);
    else if (format === 'sarif') io.stdout.write(`${JSON.stringify(toSarif(result.findings, { name: 'mcp-warden', version: VERSION, informationUri: PROJECT_URL, rules: ALL_RULES.map((r) => ({ id: r.id, title: r.title })) }, env.project ?? io.cwd), null, 2)}\n`);
    else io.stdout.write(renderCheckReport(result, styleFor(io.isTty, io.env)));
    return result.summary.errors > 0 ? EXIT.findings : EXIT.clean;
  },
};

function flatten(f: import('../../core/model').Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    server: f.server ?? null,
    client: f.client ?? null,
    scope: f.scope ?? null,
    ...(f.policyId ? { policyId: f.policyId } : {}),
    ...(f.fixes ? { fixes: f.fixes.map((x) => ({ kind: x.kind, title: x.title })) } : {}),
  };
}
