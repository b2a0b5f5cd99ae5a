import assert from 'node:assert/strict';
import { test } from 'node:test';
import { removeServerEdits } from '../../../core/edits/index';
import { applied, entryIn, lines } from './helpers';

const cases = [
  {
    title: 'removes the middle server of a .mcp.json and its comma',
    kind: '.mcp.json',
    name: 'b',
    text: lines('{', '  "mcpServers": {', '    "a": { "command": "x" },', '    "b": { "command": "y" },', '    "c": { "command": "z" }', '  }', '}'),
    expected: lines('{', '  "mcpServers": {', '    "a": { "command": "x" },', '    "c": { "command": "z" }', '  }', '}'),
  },
  {
    title: 'removes the last server without leaving a trailing comma',
    kind: '.mcp.json',
    name: 'b',
    text: lines('{', '  "mcpServers": {', '    "a": { "command": "x" },', '    "b": { "command": "y" }', '  }', '}'),
    expected: lines('{', '  "mcpServers": {', '    "a": { "command": "x" }', '  }', '}'),
  },
  {
    title: 'keeps comments of a JSONC file',
    kind: '.cursor/mcp.json',
    name: 'drop',
    text: lines('{', '  // team servers', '  "mcpServers": {', '    "keep": { "url": "https://a.example" }, // stays', '    "drop": { "url": "https://b.example" }', '  }', '}'),
    expected: lines('{', '  // team servers', '  "mcpServers": {', '    "keep": { "url": "https://a.example" } // stays', '  }', '}'),
  },
  {
    title: 'removes a local-scope server inside ~/.claude.json projects',
    kind: '.claude.json',
    name: 'x',
    text: lines('{', '  "projects": {', '    "/repo": {', '      "mcpServers": {', '        "x": { "command": "x" }', '      },', '      "allowedTools": []', '    }', '  }', '}'),
    expected: lines('{', '  "projects": {', '    "/repo": {', '      "mcpServers": {},', '      "allowedTools": []', '    }', '  }', '}'),
  },
  {
    title: 'removes from a one-line object',
    kind: '.mcp.json',
    name: 'a',
    text: lines('{ "mcpServers": { "a": { "command": "x" }, "b": { "command": "y" } } }'),
    expected: lines('{ "mcpServers": { "b": { "command": "y" } } }'),
  },
  {
    title: 'removes the last member of a one-line object',
    kind: '.mcp.json',
    name: 'b',
    text: lines('{ "mcpServers": { "a": { "command": "x" }, "b": { "command": "y" } } }'),
    expected: lines('{ "mcpServers": { "a": { "command": "x" } } }'),
  },
  {
    title: 'removes a multi-line entry with its trailing comment',
    kind: '.cursor/mcp.json',
    name: 'a',
    text: lines('{', '  "mcpServers": {', '    "a": {', '      "url": "https://a.example"', '    }, // added by hand', '    // the b server', '    "b": { "url": "https://b.example" }', '  }', '}'),
    expected: lines('{', '  "mcpServers": {', '    // the b server', '    "b": { "url": "https://b.example" }', '  }', '}'),
  },
  {
    title: 'keeps tab indentation',
    kind: '.vscode/mcp.json',
    name: 'one',
    text: lines('{', '\t"servers": {', '\t\t"one": { "command": "x" },', '\t\t"two": { "command": "y" }', '\t}', '}'),
    expected: lines('{', '\t"servers": {', '\t\t"two": { "command": "y" }', '\t}', '}'),
  },
  {
    title: 'removes a Codex table with its sub-tables and one blank separator',
    kind: '.codex/config.toml',
    name: 'context7',
    text: lines('model = "o3"', '', '[mcp_servers.context7]', 'command = "npx"', 'args = ["-y", "@upstash/context7-mcp"]', '', '[mcp_servers.context7.env]', 'KEY = "v"', '', '# the docs server', '[mcp_servers.docs]', 'url = "https://docs.example/mcp"'),
    expected: lines('model = "o3"', '', '# the docs server', '[mcp_servers.docs]', 'url = "https://docs.example/mcp"'),
  },
  {
    title: 'removes the last Codex table',
    kind: '.codex/config.toml',
    name: 'docs',
    text: lines('[mcp_servers.a]', 'command = "a"', '', '[mcp_servers.docs]', 'url = "https://docs.example/mcp"'),
    expected: lines('[mcp_servers.a]', 'command = "a"', ''),
  },
];

for (const c of cases) {
  test(c.title, () => {
    const { entry, format } = entryIn(c.kind, c.text, c.name);
    assert.equal(applied(c.text, removeServerEdits(c.text, entry, format)), c.expected);
  });
}

test('returns one minimal edit, so the undo stack and the diff stay small', () => {
  const text = lines('{', '  "mcpServers": {', '    "a": { "command": "x" },', '    "b": { "command": "y" }', '  }', '}');
  const { entry, format } = entryIn('.mcp.json', text, 'a');
  const edits = removeServerEdits(text, entry, format)!;
  assert.equal(edits.length, 1);
  assert.ok(edits[0]!.offset >= text.indexOf('"a"') - 5);
});

test('does not touch an inline Codex entry it cannot remove safely', () => {
  const text = lines('mcp_servers.x = { command = "x" }');
  const { entry, format } = entryIn('.codex/config.toml', text, 'x');
  assert.equal(removeServerEdits(text, entry, format), undefined);
});
