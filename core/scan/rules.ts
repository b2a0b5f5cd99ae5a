// Stable rule ids of the tool-poisoning scanner and the pins. Each has a page in docs/rules/<id>.md.

export const RULES = {
  hiddenUnicode: 'tp-hidden-unicode',
  instructionOverride: 'tp-instruction-override',
  concealment: 'tp-concealment',
  consentBypass: 'tp-consent-bypass',
  sensitiveAccess: 'tp-sensitive-access',
  exfiltration: 'tp-exfiltration',
  shadowing: 'tp-shadowing',
  encodedPayload: 'tp-encoded-payload',
  markupSmuggling: 'tp-markup-smuggling',
  schemaInjection: 'tp-schema-injection',
  codeExecution: 'tp-code-execution',
  argumentInjection: 'tp-argument-injection',
  deferredBehavior: 'tp-deferred-behavior',
  credentialLeak: 'tp-credential-leak',
  capabilityMismatch: 'tp-capability-mismatch',
  driftStructural: 'pin-drift-structural',
  driftCosmetic: 'pin-drift-cosmetic',
  unpinned: 'pin-missing',
} as const;

export type RuleId = (typeof RULES)[keyof typeof RULES];

export interface RuleInfo {
  id: RuleId;
  title: string;
  summary: string;
}

export const RULE_INFO: readonly RuleInfo[] = [
  { id: RULES.hiddenUnicode, title: 'Hidden Unicode', summary: 'Invisible or look-alike characters (tag characters, zero-width, bidi controls, variation-selector payloads, confusables, control and escape sequences) that hide text from the person reviewing it.' },
  { id: RULES.instructionOverride, title: 'Instruction override', summary: 'Text that tells the model to ignore, forget or replace its previous instructions, its system prompt or its safety rules, or to take on a new persona.' },
  { id: RULES.concealment, title: 'Concealment from the user', summary: 'Text that tells the model to hide an action from the user, or to act silently.' },
  { id: RULES.consentBypass, title: 'Consent bypass', summary: 'Text that tells the model to act without the user\'s confirmation or approval, or to approve everything.' },
  { id: RULES.sensitiveAccess, title: 'Sensitive target', summary: 'Instructions to read credential files, keys, .env files, cookies, kube config or similar, or to call a tool on them.' },
  { id: RULES.exfiltration, title: 'Exfiltration', summary: 'Instructions to send credentials, conversation data or file contents to an external destination or into a tool parameter.' },
  { id: RULES.shadowing, title: 'Cross-server shadowing', summary: 'A description that gives instructions about other tools — typically another server\'s — to change how they behave.' },
  { id: RULES.encodedPayload, title: 'Encoded payload', summary: 'Base64, hex, rot13 or escape-encoded text that decodes to an attack.' },
  { id: RULES.markupSmuggling, title: 'Markup smuggling', summary: '<IMPORTANT> blocks, fake <system> tags and chat-template tokens, HTML or markdown comments and hidden HTML used to carry instructions.' },
  { id: RULES.schemaInjection, title: 'Schema-field injection', summary: 'An attack inside inputSchema/outputSchema strings (parameter descriptions, enums, defaults, titles) or a parameter named to collect hidden data.' },
  { id: RULES.codeExecution, title: 'Code execution payload', summary: 'Shell pipelines, reverse shells, eval of remote or untrusted code, template injection, script injection, persistence and sandbox escapes.' },
  { id: RULES.argumentInjection, title: 'Argument injection', summary: 'Tool-call arguments carrying command substitution, SQL injection, path traversal, SSRF targets, persistence paths or privilege flags.' },
  { id: RULES.deferredBehavior, title: 'Deferred behaviour', summary: 'A definition that announces it will change after approval or after a delay (a time bomb), loads its behaviour from a remote location, or claims to be a fork of an official tool.' },
  { id: RULES.capabilityMismatch, title: 'Capability mismatch', summary: 'A tool that says it is read-only or safe but writes, deletes or executes (by default or as an extra), or that declares broad capabilities such as shell or network access for itself.' },
  { id: RULES.credentialLeak, title: 'Credential in content', summary: 'A private key or credential inside a tool response or argument.' },
  { id: RULES.driftStructural, title: 'Structural drift', summary: 'A pinned server\'s tools changed shape since mcp-lock.json was written: schema, annotations, or tools added or removed.' },
  { id: RULES.driftCosmetic, title: 'Description drift', summary: 'A pinned server\'s tool descriptions, titles or instructions changed since mcp-lock.json was written.' },
  { id: RULES.unpinned, title: 'Server not in the lock', summary: 'A server that is in use has no entry in mcp-lock.json.' },
];

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULE_INFO.find((rule) => rule.id === id);
}
