// Loads dist/hook-slow.js from beside the running bundle. The path is computed so the bundler
// leaves this require alone.
import { join } from 'node:path';
import type * as Slow from './slow';

let loaded: typeof Slow | undefined;

export function slowPart(): typeof Slow {
  if (!loaded) {
    const file = join(__dirname, 'hook-slow.js');
    loaded = require(file) as typeof Slow;
  }
  return loaded;
}
