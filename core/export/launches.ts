// What a policy match means as exact launches and URL patterns, the only things client
// allowlists understand. Anything a client cannot match exactly is reported, never widened.
import type { ServerMatch } from '../../policy-schema/schema';

export type Expressed =
  | { kind: 'url'; pattern: string }
  | { kind: 'launches'; launches: string[][]; narrower?: string }
  | { kind: 'inexpressible'; why: string };

/** Exact launch lines for a match; `narrower` says what the policy accepts that these do not. */
export function expressMatch(match: ServerMatch): Expressed {
  if ('url' in match) return { kind: 'url', pattern: match.url };
  if ('command' in match) return commandLaunch(match.command, match.args ?? []);
  if ('package' in match) return packageLaunches(match);
  return imageLaunch(match);
}

function commandLaunch(command: string, args: string[]): Expressed {
  if (args.some(isWildcard)) return { kind: 'inexpressible', why: `its arguments contain wildcards (${args.join(' ')}), and the client matches every argument exactly` };
  return { kind: 'launches', launches: [[command, ...args]] };
}

function packageLaunches(match: Extract<ServerMatch, { package: string }>): Expressed {
  if (!match.version) return { kind: 'inexpressible', why: `it approves any version of ${match.package}, and the client can only match one exact launch line` };
  if ((match.args ?? []).some(isWildcard)) return { kind: 'inexpressible', why: `its arguments contain wildcards (${match.args!.join(' ')})` };
  const args = match.args ?? [];
  const launches = match.ecosystem === 'pypi' ? [['uvx', `${match.package}==${match.version}`, ...args]] : [['npx', '-y', `${match.package}@${match.version}`, ...args], ['npx', '--yes', `${match.package}@${match.version}`, ...args]];
  const runner = match.ecosystem === 'pypi' ? 'uvx' : 'npx';
  const notes = [
    `only the ${runner} launch${match.args ? '' : ' without extra arguments'} is matched (other runners${match.args ? '' : ', extra arguments'} and Windows "cmd /c" wrappers are blocked by the client)`,
    ...(match.integrity ? [`the integrity pin ${match.integrity.slice(0, 16)}… cannot be checked by the client; only the version is`] : []),
  ];
  return { kind: 'launches', launches, narrower: notes.join('; ') };
}

function imageLaunch(match: Extract<ServerMatch, { image: string }>): Expressed {
  if (!match.digest) return { kind: 'inexpressible', why: `it approves ${match.image} under any tag, and a tag can be moved to other content` };
  if ((match.args ?? []).some(isWildcard)) return { kind: 'inexpressible', why: `its arguments contain wildcards (${match.args!.join(' ')})` };
  return { kind: 'launches', launches: [['docker', 'run', '-i', '--rm', `${match.image}@${match.digest}`, ...(match.args ?? [])]], narrower: 'only the launch "docker run -i --rm <image>@<digest>" is matched; other docker flags (-e, -v, …) are blocked by the client' };
}

function isWildcard(arg: string): boolean {
  return arg.includes('*');
}
