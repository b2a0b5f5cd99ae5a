// What every exporter returns: the file to deploy and what it could not say exactly.

export interface ExportNote {
  /** The policy entry the note is about, when there is one. */
  serverId?: string;
  message: string;
}

export interface ExportResult {
  /** The complete file text, merged into the installed file where the format allows. */
  content: string;
  notes: ExportNote[];
}
