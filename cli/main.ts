// Entry point of the `mcp-warden` CLI: finds the command by its words, parses options, maps errors to exit codes.
import { parseArgs } from 'node:util';
import { COMMANDS } from './commands/index';
import { VERSION } from './version';
import { EXIT, UsageError, type Command, type CommandIo } from './command';

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const command = findCommand(argv);
  if (!command) return printTopHelp(argv, io);
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

function findCommand(argv: string[]): Command | undefined {
  const matches = COMMANDS.filter((command) => command.name.every((word, i) => argv[i] === word));
  return matches.sort((a, b) => b.name.length - a.name.length)[0];
}

function printTopHelp(argv: string[], io: CommandIo): number {
  const lines = COMMANDS.map((command) => `  ${command.name.join(' ').padEnd(18)} ${command.summary}`);
  const text = `mcp-warden — enforce your organisation's MCP server policy\n\nUsage: mcp-warden <command> [options]   (mcp-warden <command> --help for details)\n\nCommands:\n${lines.join('\n')}\n`;
  const asked = argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help';
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.clean;
  }
  if (asked) {
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
