// Writes policy.schema.json from the zod schema. A unit test fails when the checked-in file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { policySchema } from './schema';

export function policyJsonSchema(): string {
  const schema = z.toJSONSchema(policySchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
  const document = {
    $id: 'https://mcp-warden.dev/schemas/policy.schema.json',
    title: 'MCP Warden policy',
    description: "An organisation's MCP server allowlist: approved servers with their documented scope, denials, argument rules and audit settings.",
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL('./policy.schema.json', import.meta.url), policyJsonSchema());
  console.log('wrote policy-schema/policy.schema.json');
}
