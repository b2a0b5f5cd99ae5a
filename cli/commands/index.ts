// The command table. Each command lives in its own file in this folder.
import type { Command } from '../command';
import { checkCommand } from './check';
import { inventoryCommand } from './inventory';
import { policyLintCommand } from './policy-lint';
import { hooksInstallCommand } from './hooks-install';
import { hooksUninstallCommand } from './hooks-uninstall';
import { exportCommand } from './export';
import { auditQueryCommand } from './audit-query';
import { scanCommand } from './scan';
import { scanToolsCommand } from './scan-tools';
import { lockCommand } from './lock';

export const COMMANDS: Command[] = [
  checkCommand,
  inventoryCommand,
  policyLintCommand,
  hooksInstallCommand,
  hooksUninstallCommand,
  exportCommand,
  auditQueryCommand,
  scanCommand,
  scanToolsCommand,
  lockCommand,
];
