// The extensionTestsPath module: runs every compiled *.test.js with mocha (TDD UI) in the
// extension host, and reports the counts on one line the driver reads.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20_000, reporter: 'spec' });
  const tests = readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of tests) mocha.addFile(join(__dirname, name));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`MCPW_RESULT ${runner.stats?.passes ?? 0} ${failures}`);
      if (failures > 0) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
  });
}
