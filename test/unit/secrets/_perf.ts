import { findCredentials } from '../../../core/secrets/index';
const inputs: Record<string, string> = {
  a: 'a'.repeat(1e6),
  begin: '-----BEGIN '.repeat(1e5),
  beginpk: '-----BEGIN PRIVATE KEY-----'.repeat(4e4),
  ghp: 'ghp_'.repeat(2.5e5),
  xcolon: 'x:'.repeat(5e5) + '@',
  xeq: 'x='.repeat(5e5),
  url: 'https://' + 'a:'.repeat(5e5) + '@h',
  urls: 'a://'.repeat(2.5e5),
  eyj: 'eyJ'.repeat(333333),
  eyjdot: 'eyJhbGciOi.'.repeat(90000),
  bearer: 'Bearer '.repeat(140000),
  bearer2: 'Bearer ' + 'a'.repeat(1e6),
  quote: '"a":"'.repeat(2e5),
  quote2: 'password: "' + 'a: '.repeat(3e5),
  flags: '--token '.repeat(125000),
  basic: 'Basic '.repeat(160000),
  xoxb: 'xoxb-1-'.repeat(140000),
  sk: 'sk-'.repeat(333333),
  dash: '-'.repeat(1e6),
  spaces: ' '.repeat(1e6),
  keys: ('a'.repeat(63) + '=').repeat(15000),
  at: '@'.repeat(1e6),
  slash: '//:'.repeat(333333),
  hex: '0123456789abcdef'.repeat(62500),
  b64: 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo='.repeat(27000),
  tilde: 'abc8Q~'.repeat(166666),
  sig: '?sig='.repeat(200000),
  secretkey: 'aws_secret_access_key='.repeat(45000),
  escq: '\\"'.repeat(5e5),
  ws: 'a \t'.repeat(333333),
};
for (const [name, text] of Object.entries(inputs)) {
  const t = performance.now();
  const n = findCredentials(text).length;
  console.log(name.padEnd(10), text.length, n, (performance.now() - t).toFixed(0) + 'ms');
}
