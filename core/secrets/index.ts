// Credential recognition and redaction: used by config checks (a plaintext credential in an
// MCP server's env, headers, args or URL) and by the audit log and hooks (tool arguments and
// responses are redacted before they are written). Pure: no I/O, no editor.

export { CREDENTIAL_KINDS, credentialKindLabel } from './kinds';
export type { Confidence, CredentialKind, CredentialMatch } from './kinds';
export { findCredentials } from './find';
export { findCredentialsInField } from './field';
export { isSensitiveKeyName } from './key-names';
export { isReferenceOrPlaceholder, looksLikeSecretValue } from './values';
export { redactText, redactionMarker } from './redact';
export { redactValue, REDACTED, TRUNCATED, CIRCULAR, UNREADABLE } from './redact-value';
export { fingerprint } from './fingerprint';
