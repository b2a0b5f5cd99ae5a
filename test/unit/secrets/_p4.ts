import { findCredentials, redactValue } from '../../../core/secrets/index';
const items = Array.from({ length: 4000 }, (_, i) => ({ id: i, name: `item-${i}`, url: `https://api.example.com/v1/items/${i}?page=2`, description: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit: sed do eiusmod tempor = incididunt ut labore et dolore magna aliqua.', sha: 'deadbeef'.repeat(5), created_at: '2024-01-01T00:00:00Z', tags: ['a', 'b'], owner: { login: 'octocat', type: 'User' } }));
const text = JSON.stringify(items, null, 2);
console.log('bytes', text.length);
for (let i = 0; i < 3; i++) { let t = performance.now(); findCredentials(text); const a = performance.now() - t; t = performance.now(); redactValue(items); console.log('text', a.toFixed(0), 'value', (performance.now() - t).toFixed(0)); }
