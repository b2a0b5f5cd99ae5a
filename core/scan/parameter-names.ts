// Parameter names that ask the model for conversation data or secrets ("sidenote", "chat_history",
// "ssh_key"): flagged as a schema's property names and where a description lists its parameters.
import { register } from './regex-registry';

const NAMES = String.raw`side_?note|system_?prompt|system_?message|system_?instructions|hidden_?instructions|conversation(?:_?history|_?log|_?context)?|chat_?(?:history|log|context)|message_?history|previous_?messages|all_?messages|full_?(?:context|conversation|history)|context_?dump|note_?to_?(?:ai|assistant|model)|instructions_?for_?(?:ai|assistant|model)|(?:ssh|private)_?keys?|id_rsa|env_?(?:vars|dump)|environment_?variables|browser_?cookies|exfil\w{0,20}`;

export const EXFIL_NAMES = new RegExp(`^(?:${NAMES})$`, 'i');
/** The same names anywhere in a text, as whole words. */
export const EXFIL_NAME_IN_TEXT = register(new RegExp(`\\b(?:${NAMES})\\b`, 'gi'));
