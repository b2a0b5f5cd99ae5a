// Opens the workbench in headless Chromium with the extension-test payload, relays the extension
// host's output, takes the screenshots the suite asks for, and resolves with the exit code.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';

const SCREENSHOT_REQUEST = /MCPW_SCREENSHOT (\S+)/;

export async function runWorkbench({ host, port, workspace, hostExtension, screenshotDir, timeoutMs, print }) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  try {
    // The approval-request fix copies to the clipboard; the suite reads it back.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const finished = new Promise((resolve) => void page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    await page.exposeFunction('codeAutomationLog', (type, args) => relay(page, type, args, screenshotDir, print));
    page.on('pageerror', (error) => print(`[page error] ${error.message}`));
    await page.goto(workbenchUrl(host, port, workspace, hostExtension));
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
    const code = await Promise.race([finished, timeout]);
    await page.screenshot({ path: join(screenshotDir, 'final.png') }).catch(() => undefined);
    return code;
  } finally {
    await browser.close();
  }
}

function workbenchUrl(host, port, workspace, hostExtension) {
  const authority = `${host}:${port}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${authority}${hostExtension}`],
    ['extensionTestsPath', `vscode-remote://${authority}${join(hostExtension, 'out/index.js')}`],
    ['skipWelcome', 'true'],
  ]);
  return `http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
}

async function relay(page, type, args, screenshotDir, print) {
  // The extension host forwards console calls as (format, ...values).
  const text = format(...(Array.isArray(args) ? args : [args]));
  const request = SCREENSHOT_REQUEST.exec(text);
  if (!request) {
    print(text.replace(/\n$/, ''));
    return;
  }
  // The suite waits for the .done marker, so the picture shows the state it set up.
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${request[1]}.png`) });
  writeFileSync(join(screenshotDir, `${request[1]}.done`), '');
  void type;
}
