// `check` over a home with a 5 MB ~/.claude.json plus every other client's files, vs `node -e 0`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bar, compareToBaseline, nodeBaseline, timeProcess } from './measure.mjs';

const root = path.resolve(new URL('../..', import.meta.url).pathname);

export function buildHome() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-warden-bench-'));
  const home = path.join(dir, 'home');
  const project = path.join(dir, 'project');
  const write = (rel, text) => {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  };
  const projects = {};
  // Real files are pretty-printed with two spaces; grow the projects map until that text is 5 MB.
  for (let i = 0; i % 50 !== 0 || JSON.stringify(projects, null, 2).length < 5_000_000; i++) {
    projects[`/home/dev/src/project-${i}`] = {
      allowedTools: [],
      history: Array.from({ length: 20 }, (_, k) => ({ display: `fix the flaky test in module ${k} — "quoted" \\ text`, pastedContents: {} })),
      mcpServers: i % 10 === 0 ? { [`db-${i}`]: { command: 'npx', args: ['-y', `@acme/db-mcp@1.0.${i}`] } } : {},
      hasTrustDialogAccepted: true,
    };
  }
  write('home/.claude.json', JSON.stringify({ numStartups: 100, mcpServers: { github: { type: 'http', url: 'https://api.githubcopilot.com/mcp/' } }, projects }, null, 2));
  const servers = JSON.stringify({ mcpServers: { context7: { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] }, linear: { url: 'https://mcp.linear.app/mcp' } } }, null, 2);
  for (const rel of ['home/.cursor/mcp.json', 'home/.codeium/windsurf/mcp_config.json', 'home/.config/Claude/claude_desktop_config.json', 'home/.gemini/settings.json', 'home/.aws/amazonq/default.json', 'project/.mcp.json', 'project/.cursor/mcp.json', 'home/.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json']) write(rel, servers);
  write('home/.config/Code/User/mcp.json', JSON.stringify({ servers: { linear: { type: 'http', url: 'https://mcp.linear.app/mcp' } } }));
  write('project/.vscode/mcp.json', JSON.stringify({ servers: { linear: { type: 'http', url: 'https://mcp.linear.app/mcp' } } }));
  write('home/.codex/config.toml', '[mcp_servers.context7]\ncommand = "npx"\nargs = ["-y", "@upstash/context7-mcp@1.0.14"]\n');
  write('home/.config/zed/settings.json', JSON.stringify({ context_servers: { linear: { url: 'https://mcp.linear.app/mcp' } } }));
  write('home/.continue/config.yaml', 'mcpServers:\n  - name: context7\n    command: npx\n    args: ["-y", "@upstash/context7-mcp@1.0.14"]\n');
  return { dir, home, project };
}

export function benchCheck() {
  const { dir, home, project } = buildHome();
  try {
    const policy = path.join(root, 'policy-schema/examples/acme-policy.json');
    const args = [path.join(root, 'dist/cli.js'), 'check', '--json', '--home', home, '--project', project, '--policy', policy];
    const { subjectMs, baselineMs, ratio } = compareToBaseline(() => timeProcess(args, { allowExit: [0, 1] }), nodeBaseline, 15);
    console.log(`check: median ${subjectMs.toFixed(1)} ms vs node -e 0 ${baselineMs.toFixed(1)} ms (5 MB ~/.claude.json + every client)`);
    return bar('check ratio', ratio, 3);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = benchCheck() ? 0 : 1;
