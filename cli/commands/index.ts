// The command table. Each command lives in its own file in this folder.
import type { Command } from '../command';
import { checkCommand } from './check';
import { inventoryCommand } from './inventory';
import { policyLintCommand } from './policy-lint';

export const COMMANDS: Command[] = [
  checkCommand,
  inventoryCommand,
  policyLintCommand,
];
