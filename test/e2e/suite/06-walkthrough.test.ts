import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, screenshot, sleep } from './helpers';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string };
  completionEvents?: string[];
}

suite('walkthrough and commands', () => {
  const extension = () => vscode.extensions.getExtension(EXTENSION_ID)!;

  test('the walkthrough is registered with five steps, each with completion events and its page', () => {
    const walkthroughs = extension().packageJSON.contributes.walkthroughs as Array<{ id: string; steps: Step[] }>;
    assert.deepEqual(walkthroughs.map((w) => w.id), ['mcpWarden.welcome']);
    const steps = walkthroughs[0]!.steps;
    assert.deepEqual(steps.map((s) => s.id), ['policy', 'inventory', 'fix', 'hooks', 'layers']);
    for (const step of steps) {
      assert.ok(step.completionEvents?.length, `${step.id} has completion events`);
      assert.ok(fs.existsSync(path.join(extension().extensionPath, step.media.markdown!)), `${step.id} page is packaged`);
    }
  });

  test('every contributed command is registered, so walkthrough buttons and menus work', async () => {
    const contributed = (extension().packageJSON.contributes.commands as Array<{ command: string }>).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), []);
  });

  test('the walkthrough opens in the workbench (screenshot)', async () => {
    await vscode.commands.executeCommand('mcpWarden.openWalkthrough');
    await sleep(1500);
    await screenshot('walkthrough');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('the policy, MCP config and walkthrough schemas are packaged and valid JSON', () => {
    const validations = extension().packageJSON.contributes.jsonValidation as Array<{ fileMatch: string[]; url: string }>;
    for (const validation of validations) {
      const schema = JSON.parse(fs.readFileSync(path.join(extension().extensionPath, validation.url), 'utf8'));
      assert.equal(typeof schema, 'object', validation.url);
    }
    assert.ok(validations.some((v) => v.url === './policy-schema/policy.schema.json'));
    assert.equal(validations.some((v) => v.fileMatch.some((m) => m.includes('.vscode/mcp.json'))), false, 'VS Code validates its own mcp.json');
  });
});
