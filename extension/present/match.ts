// One line for what a policy entry approves: "npm package @upstash/context7-mcp@1.0.14".
import type { ServerMatch } from '../../policy-schema/schema';

export function describeMatch(match: ServerMatch): string {
  if ('url' in match) return `remote server ${match.url}`;
  if ('package' in match) return `${match.ecosystem ?? 'npm'} package ${match.package}${match.version ? `@${match.version}` : ' (any version)'}${argsText(match.args)}`;
  if ('image' in match) return `container image ${match.image}${match.digest ? `@${match.digest}` : ' (any digest)'}${argsText(match.args)}`;
  return `command ${[match.command, ...(match.args ?? [])].join(' ')}`;
}

function argsText(args: string[] | undefined): string {
  return args?.length ? ` with ${args.join(' ')}` : '';
}
