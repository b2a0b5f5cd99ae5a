// Offline input for `scan-tools`: a tools/list result ({"tools": [...]}), an array of tool definitions,
// one tool definition, or JSON Lines — tool definitions or corpus records {id, tool, surface}.
import { SURFACES, type Surface, type ToolDefinition } from './types';

export interface ToolRecord {
  id: string;
  tool: ToolDefinition;
  /** Corpus records may hold a response or arguments text in tool.description. */
  surface: Surface;
  /** Every tool of the same tools/list result or array (this one included): one server's, so none is "another server's". */
  siblings?: string[];
}

export class ToolFileError extends Error {}

export function parseToolFile(text: string, file: string): ToolRecord[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new ToolFileError(`${file} is empty`);
  try {
    return fromJson(JSON.parse(trimmed), file);
  } catch (error) {
    if (error instanceof ToolFileError) throw error;
  }
  return trimmed.split(/\r?\n/).flatMap((line, index) => (line.trim() ? [fromLine(line, file, index + 1)] : []));
}

function fromJson(data: unknown, file: string): ToolRecord[] {
  const list = Array.isArray(data) ? data : Array.isArray((data as { tools?: unknown })?.tools) ? (data as { tools: unknown[] }).tools : isTool(data) ? [data] : undefined;
  if (!list) throw new ToolFileError(`${file}: expected a tools/list result, an array of tools or JSON Lines`);
  const tools = list.map((item, index) => {
    if (!isTool(item)) throw new ToolFileError(`${file}: item ${index} is not a tool definition (it needs a "name")`);
    return item;
  });
  const names = tools.map((tool) => tool.name);
  return tools.map((tool) => ({ id: tool.name, tool, surface: 'description', siblings: names }));
}

function fromLine(line: string, file: string, lineNumber: number): ToolRecord {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    throw new ToolFileError(`${file}:${lineNumber}: not JSON`);
  }
  const record = data as { id?: unknown; tool?: unknown; surface?: unknown };
  if (record && typeof record === 'object' && record.tool && typeof record.tool === 'object') {
    const tool = record.tool as Partial<ToolDefinition>;
    const surface = SURFACES.includes(record.surface as Surface) ? (record.surface as Surface) : 'description';
    return { id: typeof record.id === 'string' ? record.id : `${file}:${lineNumber}`, tool: { ...tool, name: typeof tool.name === 'string' ? tool.name : '' }, surface };
  }
  if (isTool(data)) return { id: data.name, tool: data, surface: 'description' };
  throw new ToolFileError(`${file}:${lineNumber}: neither a tool definition nor a corpus record`);
}

function isTool(value: unknown): value is ToolDefinition {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value) && typeof (value as { name?: unknown }).name === 'string';
}
