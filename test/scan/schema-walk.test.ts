// The schema walk reads every string a model reads, in a fixed order whatever order the keys were written in:
// the node's own text keys, then nested maps (properties, $defs …), then single schemas (items, not …), then lists.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemaStrings } from '../../core/scan/schema';

test('schemaStrings visits nested schemas in keyword order, not in the order the keys were written', () => {
  const schema = {
    type: 'object',
    items: { description: 'i' },
    anyOf: [{ description: 'a0' }, { properties: { z: { description: 'z', not: { description: 'n' } } } }],
    properties: { b: { description: 'b', enum: ['x', 'y'] }, a: { $defs: { d: { title: 't' } }, allOf: [{ default: 'q' }] } },
    $defs: { k: { description: 'k' } },
    additionalProperties: { description: 'ap' },
    description: 'root',
  };
  assert.deepEqual(
    schemaStrings(schema, 'inputSchema').map((found) => `${found.path}=${found.text}`),
    [
      'inputSchema.description=root',
      'inputSchema.properties.b.description=b',
      'inputSchema.properties.b.enum.0=x',
      'inputSchema.properties.b.enum.1=y',
      'inputSchema.properties.a.$defs.d.title=t',
      'inputSchema.properties.a.allOf.0.default=q',
      'inputSchema.$defs.k.description=k',
      'inputSchema.items.description=i',
      'inputSchema.additionalProperties.description=ap',
      'inputSchema.anyOf.0.description=a0',
      'inputSchema.anyOf.1.properties.z.description=z',
      'inputSchema.anyOf.1.properties.z.not.description=n',
    ],
  );
});

test('schemaStrings ignores nesting keywords that hold the wrong kind of value', () => {
  assert.deepEqual(schemaStrings({ properties: ['not', 'a map'], anyOf: { description: 'not a list' }, items: 'text' }, 's'), []);
});
