import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintPolicy } from '../../core/policy/lint';
import { EXIT, UsageError, type Command } from '../command';
import { styleFor } from '../style';

export const policyLintCommand: Command = {
  name: ['policy', 'lint'],
  summary: 'validate a policy file: schema errors with line/column, and review problems',
  help: `Usage: mcp-warden policy lint FILE… [--restriction] [--json]

Reports schema errors with their line and column, and semantic problems: an approved server
with no documented scope, a review date in the future or older than review.maxAgeDays,
approvals that overlap, a denial that shadows an approval, approvals without a version pin.

  --restriction   lint the files as user or workspace layers, which only restrict the base
                  (no version needed; servers entries may be { id, tools })
  --json          machine-readable output

Exit codes: 0 valid (warnings allowed), 1 errors, 2 a file cannot be read.`,
  options: { json: { type: 'boolean' }, restriction: { type: 'boolean' } },
  positionals: true,
  async run(values, positionals, io) {
    if (!positionals.length) throw new UsageError('give the policy file to lint, e.g. mcp-warden policy lint policy.json');
    const results = positionals.map((file) => {
      const resolved = path.resolve(io.cwd, file);
      let text: string;
      try {
        text = fs.readFileSync(resolved, 'utf8');
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      }
      return { file: resolved, problems: lintPolicy(text, resolved, new Date(), values.restriction ? 'restriction' : 'base') };
    });
    const problems = results.flatMap((r) => r.problems);
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ problems: problems.map((p) => ({ ruleId: p.ruleId, severity: p.severity, message: p.message, file: p.file, line: (p.range?.start.line ?? 0) + 1, column: (p.range?.start.character ?? 0) + 1 })) }, null, 2)}\n`);
    } else {
      const style = styleFor(io.isTty, io.env);
      for (const p of problems) {
        const where = `${p.file}:${(p.range?.start.line ?? 0) + 1}:${(p.range?.start.character ?? 0) + 1}`;
        io.stdout.write(`${where} ${p.severity === 'error' ? style.red('error') : style.yellow('warning')} ${p.message} ${style.dim(`[${p.ruleId}]`)}\n`);
      }
      const errors = problems.filter((p) => p.severity === 'error').length;
      io.stdout.write(`${errors ? style.red('✗') : style.green('✓')} ${results.length} policy file(s): ${errors} errors, ${problems.length - errors} warnings\n`);
    }
    return problems.some((p) => p.severity === 'error') ? EXIT.findings : EXIT.clean;
  },
};
