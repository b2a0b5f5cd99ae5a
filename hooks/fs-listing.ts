// Directory listing for discovery helpers, without importing the whole discovery module
// (which loads every client's parser).
import * as fs from 'node:fs';
import type { DiscoveryFs } from '../core/clients/types';

export const nodeFs: DiscoveryFs = {
  listDir(dir) {
    try {
      return fs.readdirSync(dir);
    } catch {
      return [];
    }
  },
  isDir(p) {
    return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
  },
};
