import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replaceLaunchEdits } from '../../../core/edits/index';
import { applied, entryIn, lines } from './helpers';

test('replaces an unpinned package with the approved pinned launch, keeping env and comments', () => {
  const text = lines('{', '  "mcpServers": {', '    "context7": {', '      // docs lookup', '      "command": "npx",', '      "args": ["-y", "@upstash/context7-mcp@latest"],', '      "env": { "A": "b" }', '    }', '  }', '}');
  const { entry, format } = entryIn('.mcp.json', text, 'context7');
  const result = applied(text, replaceLaunchEdits(text, entry, format, { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] }));
  assert.equal(result, lines('{', '  "mcpServers": {', '    "context7": {', '      // docs lookup', '      "command": "npx",', '      "args": ["-y", "@upstash/context7-mcp@1.0.14"],', '      "env": { "A": "b" }', '    }', '  }', '}'));
});

test('keeps a multi-line args array multi-line, indented like its neighbours', () => {
  const text = lines('{', '  "mcpServers": {', '    "c": {', '      "command": "npx",', '      "args": [', '        "-y",', '        "c@latest"', '      ]', '    }', '  }', '}');
  const { entry, format } = entryIn('.mcp.json', text, 'c');
  assert.equal(applied(text, replaceLaunchEdits(text, entry, format, { args: ['-y', 'c@1.0.0'] })), lines('{', '  "mcpServers": {', '    "c": {', '      "command": "npx",', '      "args": [', '        "-y",', '        "c@1.0.0"', '      ]', '    }', '  }', '}'));
});

test('adds a missing field', () => {
  const text = lines('{', '  "mcpServers": {', '    "c": {', '      "command": "c"', '    }', '  }', '}');
  const { entry, format } = entryIn('.mcp.json', text, 'c');
  assert.equal(applied(text, replaceLaunchEdits(text, entry, format, { command: 'npx', args: ['-y', 'c@1.0.0'] })), lines('{', '  "mcpServers": {', '    "c": {', '      "command": "npx",', '      "args": ["-y", "c@1.0.0"]', '    }', '  }', '}'));
});

test('replaces a URL', () => {
  const text = lines('{ "servers": { "r": { "type": "http", "url": "https://old.example/mcp" } } }');
  const { entry, format } = entryIn('.vscode/mcp.json', text, 'r');
  assert.equal(applied(text, replaceLaunchEdits(text, entry, format, { url: 'https://new.example/mcp' })), lines('{ "servers": { "r": { "type": "http", "url": "https://new.example/mcp" } } }'));
});

test('offers nothing for TOML or an empty launch', () => {
  const toml = lines('[mcp_servers.x]', 'command = "x"');
  const codex = entryIn('.codex/config.toml', toml, 'x');
  assert.equal(replaceLaunchEdits(toml, codex.entry, codex.format, { command: 'y' }), undefined);
  const json = lines('{ "mcpServers": { "x": { "command": "x" } } }');
  const claude = entryIn('.mcp.json', json, 'x');
  assert.equal(replaceLaunchEdits(json, claude.entry, claude.format, {}), undefined);
});
