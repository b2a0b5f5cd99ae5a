// Loads the hook's separately bundled parts from beside the running bundle. The paths are
// computed so the bundler leaves these requires alone.
import { join } from 'node:path';
import type * as Scan from './scan-part';
import type * as Slow from './slow';

let slow: typeof Slow | undefined;
let scan: typeof Scan | undefined;

/** dist/hook-slow.js: the validating policy loader and the subagent (YAML) reader. */
export function slowPart(): typeof Slow {
  slow ??= require(join(__dirname, 'hook-slow.js')) as typeof Slow;
  return slow;
}

/** dist/hook-scan.js: the tool-poisoning detectors, for results. */
export function scanPart(): typeof Scan {
  scan ??= require(join(__dirname, 'hook-scan.js')) as typeof Scan;
  return scan;
}
