// Directory listing for discovery helpers, without importing the whole discovery module
// (which loads every client's parser).
import { readdirSync, statSync } from 'node:fs';
import type { DiscoveryFs } from '../core/clients/types';

export const nodeFs: DiscoveryFs = {
  listDir(dir) {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
  isDir(p) {
    return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
  },
};
