// Recognises package runners (npx, uvx, docker run, …) in a stdio launch and splits out the package spec.
// Only flags a person would consider equivalent are folded; anything unknown stays part of the identity.

export interface RunnerMatch {
  runner: string;
  ecosystem: 'npm' | 'pypi' | 'oci';
  spec: string;
  rest: string[];
}

const NPX_FLAGS_NO_VALUE = new Set(['-y', '--yes', '-q', '--quiet', '--no-install', '--prefer-offline', '--prefer-online', '--silent', '-s']);
const NPX_FLAGS_WITH_VALUE = new Set(['-p', '--package', '--registry', '--cache', '--userconfig', '--loglevel']);
const UVX_FLAGS_NO_VALUE = new Set(['-q', '--quiet', '--offline', '--isolated', '--no-cache', '-n']);
const UVX_FLAGS_WITH_VALUE = new Set(['--from', '--python', '-p', '--with', '--index-url', '--index', '--directory']);
const DOCKER_FLAGS_WITH_VALUE = new Set([
  '-e', '--env', '--env-file', '-v', '--volume', '--mount', '--name', '--network', '--net', '-p', '--publish', '-w', '--workdir',
  '-u', '--user', '--entrypoint', '--platform', '--pull', '-l', '--label', '--add-host', '--cap-add', '--cap-drop', '-m', '--memory',
  '--cpus', '--security-opt', '--tmpfs', '--ulimit', '--device', '--hostname', '-h', '--dns', '--ipc', '--pid', '--runtime', '--init-path', '--log-driver', '--log-opt', '--shm-size', '--stop-signal', '--restart', '--gpus',
]);

/** The executable's name without directory or Windows extension: "/usr/local/bin/npx" and "npx.cmd" are "npx". */
export function executableName(command: string): string {
  const base = command.split(/[\\/]/).pop() ?? command;
  return base.replace(/\.(cmd|exe|bat|ps1)$/i, '').toLowerCase();
}

export function matchRunner(command: string, args: string[]): RunnerMatch | undefined {
  const exe = executableName(command);
  if (exe === 'npx' || exe === 'bunx') return splitAfterFlags(exe, 'npm', args, NPX_FLAGS_NO_VALUE, NPX_FLAGS_WITH_VALUE);
  if (exe === 'uvx') return splitAfterFlags('uvx', 'pypi', args, UVX_FLAGS_NO_VALUE, UVX_FLAGS_WITH_VALUE);
  const [first, second, ...more] = args;
  if (exe === 'npm' && first === 'exec') return splitAfterFlags('npx', 'npm', dropDoubleDash(args.slice(1)), NPX_FLAGS_NO_VALUE, NPX_FLAGS_WITH_VALUE);
  if ((exe === 'pnpm' || exe === 'yarn') && first === 'dlx') return splitAfterFlags(`${exe} dlx`, 'npm', args.slice(1), NPX_FLAGS_NO_VALUE, NPX_FLAGS_WITH_VALUE);
  if (exe === 'bun' && first === 'x') return splitAfterFlags('bunx', 'npm', args.slice(1), NPX_FLAGS_NO_VALUE, NPX_FLAGS_WITH_VALUE);
  if (exe === 'uv' && first === 'tool' && second === 'run') return splitAfterFlags('uvx', 'pypi', more, UVX_FLAGS_NO_VALUE, UVX_FLAGS_WITH_VALUE);
  if (exe === 'pipx' && first === 'run') return splitAfterFlags('pipx run', 'pypi', args.slice(1), new Set(['--no-cache', '-q', '--quiet']), new Set(['--spec', '--python', '--pip-args']));
  if ((exe === 'docker' || exe === 'podman') && first === 'run') return splitAfterFlags(`${exe} run`, 'oci', args.slice(1), new Set(), DOCKER_FLAGS_WITH_VALUE, true);
  return undefined;
}

function dropDoubleDash(args: string[]): string[] {
  const at = args.indexOf('--');
  return at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 1)];
}

/**
 * Skips the runner's own flags and returns the first positional as the package spec.
 * Docker's boolean flags (-i, --rm, -t) are many; for OCI any other dash-flag is taken as boolean.
 */
function splitAfterFlags(runner: string, ecosystem: RunnerMatch['ecosystem'], args: string[], noValue: Set<string>, withValue: Set<string>, otherFlagsAreBoolean = false): RunnerMatch | undefined {
  let i = 0;
  let fromSpec: string | undefined;
  while (i < args.length) {
    const arg = args[i]!;
    if (!arg.startsWith('-') || arg === '-') break;
    const [flag, inlineValue] = splitInline(arg);
    if (withValue.has(flag)) {
      const value = inlineValue ?? args[i + 1];
      if ((flag === '--from' || flag === '--spec' || flag === '--package' || (flag === '-p' && ecosystem === 'npm')) && value) fromSpec = value;
      i += inlineValue === undefined ? 2 : 1;
    } else if (noValue.has(flag) || otherFlagsAreBoolean || /^-[a-zA-Z]+$/.test(arg)) {
      i += 1;
    } else {
      return undefined; // an unknown flag: we cannot be sure where the package is, so treat the launch as a plain command
    }
  }
  const positional = args[i];
  if (positional === undefined) return undefined;
  const rest = args.slice(i + 1);
  // `npx -p pkg@1 bin` and `uvx --from pkg==1 bin`: the package is the flag's value, the positional is its binary.
  if (fromSpec) return { runner, ecosystem, spec: fromSpec, rest: [positional, ...rest] };
  return { runner, ecosystem, spec: positional, rest };
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}
