// The last line of defence behind "parse() never throws": a parser bug or an input no guard
// foresaw becomes a file-level error, so one odd file cannot stop a scan of all the others.
import type { ClientModule, ParsedFile } from './types';

export function neverThrows(parse: ClientModule['parse']): ClientModule['parse'] {
  return (text, file): ParsedFile => {
    try {
      return parse(text, file);
    } catch (error) {
      const reason = error instanceof RangeError ? 'it is nested too deeply' : `the parser failed (${error instanceof Error ? error.message : String(error)})`;
      return { servers: [], errors: [{ message: `cannot read ${file.path}: ${reason}; its servers are unchecked` }], warnings: [] };
    }
  };
}
