// Recognises package runners (npx, uvx, docker run, …) in a stdio launch and splits out the package spec.
// Only options a person would consider equivalent are folded (npx -y ≡ --yes, docker -i --rm);
// options that change what runs (a registry, an extra package, a mount, an entrypoint) stay in the identity.

export interface RunnerMatch {
  runner: string;
  ecosystem: 'npm' | 'pypi' | 'oci';
  spec: string;
  /** Index of the spec in the launch's arguments, so a fix can replace just that argument. */
  specIndex: number;
  /** Runner options that change what runs, as written (flag and value). */
  runnerFlags: string[];
  rest: string[];
}

interface RunnerFlags {
  /** Options that change nothing about what runs. */
  benign: ReadonlySet<string>;
  /** Benign options that take a value. */
  benignWithValue: ReadonlySet<string>;
  /** Options that change what runs and take a value. */
  significantWithValue: ReadonlySet<string>;
  /** Options whose value is the package spec itself (npx -p, uvx --from, pipx --spec). */
  specFlags: ReadonlySet<string>;
  /** Unknown dash-options: docker has too many booleans to list; npm-style runners stop being recognisable. */
  unknownIsSignificantBoolean: boolean;
}

const NPX: RunnerFlags = {
  benign: new Set(['-y', '--yes', '-q', '--quiet', '--silent', '-s', '--prefer-offline', '--prefer-online', '--no-install']),
  benignWithValue: new Set(['--loglevel']),
  significantWithValue: new Set(['--registry', '--userconfig', '--cache']),
  specFlags: new Set(['-p', '--package']),
  unknownIsSignificantBoolean: false,
};
const UVX: RunnerFlags = {
  benign: new Set(['-q', '--quiet', '--no-cache', '-n', '--isolated', '--offline']),
  benignWithValue: new Set([]),
  significantWithValue: new Set(['--with', '--python', '-p', '--index-url', '--index', '--extra-index-url', '--directory', '--with-requirements']),
  specFlags: new Set(['--from']),
  unknownIsSignificantBoolean: false,
};
const PIPX: RunnerFlags = {
  benign: new Set(['--no-cache', '-q', '--quiet']),
  benignWithValue: new Set([]),
  significantWithValue: new Set(['--pip-args', '--python', '--index-url']),
  specFlags: new Set(['--spec']),
  unknownIsSignificantBoolean: false,
};
const OCI: RunnerFlags = {
  benign: new Set(['-i', '--interactive', '-t', '--tty', '-it', '-ti', '--rm', '--init', '-q', '--quiet', '-d', '--detach']),
  benignWithValue: new Set(['-e', '--env', '--env-file', '--name', '--pull', '-l', '--label', '--log-driver', '--log-opt', '--stop-signal', '--hostname', '-h', '-a', '--attach', '--cidfile', '--stop-timeout']),
  significantWithValue: new Set([
    '-v', '--volume', '--mount', '--network', '--net', '-p', '--publish', '-w', '--workdir', '-u', '--user', '--entrypoint', '--platform',
    '--add-host', '--cap-add', '--cap-drop', '-m', '--memory', '--cpus', '--security-opt', '--tmpfs', '--ulimit', '--device', '--dns', '--ipc', '--pid',
    '--runtime', '--init-path', '--shm-size', '--restart', '--gpus', '--volumes-from', '--userns', '--uts', '--cgroupns',
    '--expose', '--health-cmd', '--health-interval', '--health-retries', '--health-timeout', '--health-start-period', '--label-file',
    '--mac-address', '--ip', '--ip6', '--link', '--oom-score-adj', '--pids-limit', '--storage-opt', '--sysctl', '--group-add',
    '--blkio-weight', '--cpu-shares', '-c', '--cpuset-cpus', '--cpuset-mems', '--memory-swap', '--memory-reservation', '--kernel-memory',
    '--device-cgroup-rule', '--dns-option', '--dns-search', '--domainname', '--network-alias', '--annotation', '--cgroup-parent', '--isolation',
  ]),
  specFlags: new Set([]),
  unknownIsSignificantBoolean: true,
};

/** The executable's name without directory or Windows extension: "/usr/local/bin/npx" and "npx.cmd" are "npx". */
export function executableName(command: string): string {
  const base = command.split(/[\\/]/).pop() ?? command;
  return base.replace(/\.(cmd|exe|bat|ps1)$/i, '').toLowerCase();
}

/**
 * True when the launch uses a package runner (npx, uvx, npm exec, docker run, …), recognised or not.
 * Such launches are approved by package or image, never by a `command` approval of the runner.
 */
export function isRunnerLaunch(command: string, args: readonly string[]): boolean {
  const exe = executableName(command);
  const [first, second] = args;
  if (exe === 'npx' || exe === 'bunx' || exe === 'uvx') return true;
  if (exe === 'npm') return first === 'exec' || first === 'x';
  if (exe === 'pnpm' || exe === 'yarn') return first === 'dlx';
  if (exe === 'bun') return first === 'x';
  if (exe === 'uv') return first === 'tool' && second === 'run';
  if (exe === 'pipx') return first === 'run';
  if (exe === 'docker' || exe === 'podman') return first === 'run';
  return false;
}

export function matchRunner(command: string, args: string[]): RunnerMatch | undefined {
  const exe = executableName(command);
  const [first, second] = args;
  if (exe === 'npx' || exe === 'bunx') return splitAfterFlags(exe, 'npm', args, 0, NPX);
  if (exe === 'uvx') return splitAfterFlags('uvx', 'pypi', args, 0, UVX);
  if (exe === 'npm' && (first === 'exec' || first === 'x')) return splitAfterFlags('npx', 'npm', args, 1, NPX);
  if ((exe === 'pnpm' || exe === 'yarn') && first === 'dlx') return splitAfterFlags(`${exe} dlx`, 'npm', args, 1, NPX);
  if (exe === 'bun' && first === 'x') return splitAfterFlags('bunx', 'npm', args, 1, NPX);
  if (exe === 'uv' && first === 'tool' && second === 'run') return splitAfterFlags('uvx', 'pypi', args, 2, UVX);
  if (exe === 'pipx' && first === 'run') return splitAfterFlags('pipx run', 'pypi', args, 1, PIPX);
  if ((exe === 'docker' || exe === 'podman') && first === 'run') return splitAfterFlags(`${exe} run`, 'oci', args, 1, OCI);
  return undefined;
}

function splitAfterFlags(runner: string, ecosystem: RunnerMatch['ecosystem'], args: string[], from: number, flags: RunnerFlags): RunnerMatch | undefined {
  const runnerFlags: string[] = [];
  let specFromFlag: { spec: string; index: number } | undefined;
  let i = from;
  while (i < args.length) {
    const arg = args[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    const [flag, inline] = splitInline(arg);
    const valueIndex = inline === undefined ? i + 1 : i;
    const value = inline ?? args[i + 1];
    const width = inline === undefined ? 2 : 1;
    if (flags.specFlags.has(flag)) {
      if (specFromFlag || value === undefined) return undefined; // two packages named: no single identity
      specFromFlag = { spec: value, index: valueIndex };
      i += width;
    } else if (flags.benign.has(flag)) i += 1;
    else if (flags.benignWithValue.has(flag)) i += width;
    else if (flags.significantWithValue.has(flag)) {
      runnerFlags.push(...args.slice(i, i + width));
      i += width;
    } else if (flags.unknownIsSignificantBoolean) {
      runnerFlags.push(arg);
      i += 1;
    } else {
      return undefined; // an unknown option: where the package is cannot be known, so the launch stays a plain command
    }
  }
  if (i >= args.length) return undefined;
  if (specFromFlag) return { runner, ecosystem, spec: specFromFlag.spec, specIndex: specFromFlag.index, runnerFlags, rest: args.slice(i) };
  return { runner, ecosystem, spec: args[i]!, specIndex: i, runnerFlags, rest: args.slice(i + 1) };
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}
