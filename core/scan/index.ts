// The scanner's public API, shared by the CLI, the editor and the hooks. Pure apart from file reads;
// connecting to servers (the MCP SDK, ~250 KB bundled) is in ./connect, imported only where needed.
// The hooks import scan-text, lockfile and observations directly (no crypto module at start-up).
export { scanText } from './scan-text';
export { scanToolDefinition } from './scan-tool';
export { scanListing } from './scan-listing';
export { verdictOf, worstVerdict } from './verdict';
export { RULES, RULE_INFO, ruleInfo, type RuleId, type RuleInfo } from './rules';
export type { PeerTools, ScanContext, ScanFinding, ScanSeverity, ScanVerdict, Surface, ToolDefinition, ToolScanResult } from './types';
export { emptyLockfile, LOCKFILE_NAME, LockfileError, parseLockfile, readLockfile, serializeLockfile, withEntry, writeLockfile, type LockEntry, type Lockfile, type ServerListing } from './lockfile';
export { diffAgainstLock, lockEntryFor } from './lock';
export { describeDrift, diffEntries, type Drift, type ToolChange } from './drift';
export { lockStatus, observationsPath, readObservations, recordObservation, type LockStatus, type Observations } from './observations';
export { stateLocation } from './state';
export { applySuppressions, findingHash, parseSuppressions, readSuppressions, SUPPRESSIONS_FILE, SuppressionsError, type Suppression } from './suppressions';
export { refusalReason, type GateOptions } from './gate';
export { scanServers, scanTargets, type ScanRun, type ScanTarget, type ServerScanResult } from './run-scan';
export { driftDiagnostics, scanDiagnostics, serverDiagnostics } from './diagnostics';
