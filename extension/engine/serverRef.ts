// How commands, lenses, hovers and tree items point at one server entry.
export interface ServerRef {
  file: string;
  name: string;
  /** Offset of the server's key in the file; tells apart same-named entries of ~/.claude.json. */
  offset: number;
}

export function isServerRef(value: unknown): value is ServerRef {
  const ref = value as Partial<ServerRef> | undefined;
  return typeof ref?.file === 'string' && typeof ref.name === 'string' && typeof ref.offset === 'number';
}

export function commandLink(command: string, ref: ServerRef): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([ref]))}`;
}
