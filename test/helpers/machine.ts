// A fixture machine in a temp dir: a home with several clients' files and a project, as a developer has them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface FixtureMachine {
  root: string;
  home: string;
  project: string;
  policy: string;
  write(relativeToRoot: string, content: string): string;
  cleanup(): void;
}

export const EXAMPLE_POLICY = path.resolve(__dirname, '../../policy-schema/examples/acme-policy.json');

export function fixtureMachine(): FixtureMachine {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-warden-machine-'));
  const write = (relative: string, content: string) => {
    const full = path.join(root, relative);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    return full;
  };
  const home = path.join(root, 'home');
  const project = path.join(root, 'work', 'app');
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(project, { recursive: true });
  const policy = write('policy.json', fs.readFileSync(EXAMPLE_POLICY, 'utf8'));
  return { root, home, project, policy, write, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}
