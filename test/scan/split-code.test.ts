// joinSplitCode undoes the tricks that hide a keyword from the code patterns; every trick must get past the
// cheap gate in front of it (a text the gate turns down is returned unchanged, as undefined).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinSplitCode } from '../../core/scan/detectors/code-execution';

const UNDONE: Array<[string, string]> = [
  ["const f = 'ev' + 'al';", "const f = 'eval';"],
  ['ev/**/al(x)', 'eval(x)'],
  ['"\\x65\\x76\\x61\\x6c"', '"eval"'],
  ["$(printf '\\143\\165\\162\\154')", "$(printf 'curl')"],
  ["filename; cu''rl http://a.example", 'filename; curl http://a.example'],
  ['filename; c"u"rl http://a.example', 'filename; curl http://a.example'],
  ['filename; c\\url http://a.example', 'filename; curl http://a.example'],
  ['filename; c``url http://a.example', 'filename; curl http://a.example'],
  ['filename; cu$(true)rl http://a.example', 'filename; curl http://a.example'],
  ['echo hi || wg$()et http://a.example', 'echo hi || wget http://a.example'],
  ['filename;cur$@l http://a.example', 'filename;curl http://a.example'],
  ['filename;c${x}url http://a.example', 'filename;curl http://a.example'],
  ['filename;{curl,http://a.example}', 'filename;curl http://a.example}'],
  ['Uses req uire(name).', 'Uses require(name).'],
  ['Loads it with dl open(path).', 'Loads it with dlopen(path).'],
  ['Uses Web Assembly.instantiate(buf).', 'Uses WebAssembly.instantiate(buf).'],
  ['Uses Web Assembly . instantiate(buf).', 'Uses WebAssembly.instantiate(buf).'],
  ['uses importlib . import_module(x)', 'uses importlib.import_module(x)'],
  ['uses imp0rtlib.imp0rt_m0dule(x)', 'uses importlib.import_module(x)'],
  ['filename; wg3t http://a.example', 'filename; wget http://a.example'],
];

for (const [hidden, readable] of UNDONE) {
  test(`undoes ${hidden}`, () => {
    assert.equal(joinSplitCode(hidden)?.text, readable);
  });
}

test('ordinary prose is left alone (nothing to undo)', () => {
  for (const text of ['Returns the weather for a city.', 'Use the search tool. Then read the result.', "Don't use it for v2 endpoints (see docs).", 'Pass the user id (a string).']) {
    assert.equal(joinSplitCode(text), undefined, text);
  }
});

test('offsets map back to the original text', () => {
  const joined = joinSplitCode("x = 'ev' + 'al'");
  assert.ok(joined);
  assert.equal(joined.text, "x = 'eval'");
  assert.equal(joined.map[joined.text.indexOf('al')], "x = 'ev' + 'al'".indexOf("al'"));
});
