// Entry point of the `mcp-warden` CLI: finds the command by its words in the manifest written at
// build time, loads only that command's bundle, parses options, maps errors to exit codes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, UsageError, type Command, type CommandIo } from './command';
import { VERSION } from './version';

interface ManifestEntry {
  name: string[];
  summary: string;
  file: string;
  exportName: string;
}

export async function main(argv: string[], io: CommandIo, manifest = readManifest()): Promise<number> {
  const entry = findCommand(manifest, argv);
  if (!entry) return printTopHelp(manifest, argv, io);
  const command = loadCommand(entry);
  const rest = argv.slice(command.name.length);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.help.trimEnd()}\n`);
    return EXIT.clean;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: command.positionals ?? false, strict: true });
    return await command.run(values, positionals, io);
  } catch (error) {
    const message = error instanceof UsageError || isParseArgsError(error) ? (error as Error).message : `internal error: ${(error as Error).message}`;
    io.stderr.write(`mcp-warden ${command.name.join(' ')}: ${message}\n`);
    return EXIT.usage;
  }
}

function readManifest(): ManifestEntry[] {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'commands', 'manifest.json'), 'utf8')) as ManifestEntry[];
}

function loadCommand(entry: ManifestEntry): Command {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads one command bundle on demand
  return (require(path.join(__dirname, 'commands', entry.file)) as Record<string, Command>)[entry.exportName]!;
}

function findCommand(manifest: ManifestEntry[], argv: string[]): ManifestEntry | undefined {
  const matches = manifest.filter((entry) => entry.name.every((word, i) => argv[i] === word));
  return matches.sort((a, b) => b.name.length - a.name.length)[0];
}

function printTopHelp(manifest: ManifestEntry[], argv: string[], io: CommandIo): number {
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.clean;
  }
  const lines = manifest.map((entry) => `  ${entry.name.join(' ').padEnd(18)} ${entry.summary}`);
  const text = `mcp-warden — enforce your organisation's MCP server policy\n\nUsage: mcp-warden <command> [options]   (mcp-warden <command> --help for details)\n\nCommands:\n${lines.join('\n')}\n`;
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout.write(text);
    return EXIT.clean;
  }
  io.stderr.write(`mcp-warden: unknown command "${argv.join(' ')}"; run mcp-warden --help\n`);
  return EXIT.usage;
}

function isParseArgsError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && String((error as { code: string }).code).startsWith('ERR_PARSE_ARGS');
}

if (require.main === module) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), isTty: Boolean(process.stdout.isTTY) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`mcp-warden: internal error: ${(error as Error).message}\n`);
      process.exitCode = EXIT.usage;
    },
  );
}
