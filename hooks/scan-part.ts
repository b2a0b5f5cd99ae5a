// The tool-poisoning detectors, bundled separately (dist/hook-scan.js): only results need them,
// so a PreToolUse call never loads them.
export { scanResponse } from '../core/hooks/response-scan';
