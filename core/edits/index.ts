// Pure text edits behind the editor's quick fixes. Each takes the text the entry was parsed from
// and returns offset edits (or undefined when the fix cannot be applied safely to this format).
export { canDisableProjectServer, CLAUDE_LOCAL_SETTINGS, disableProjectServerEdits } from './disable';
export { inputId, moveCredentialEdits, referenceFor, type CredentialMove } from './credential';
export { replaceLaunchEdits, type Launch } from './launch';
export { removeServerEdits } from './remove';
export { applyEdits, type TextEdit } from './text-edit';
