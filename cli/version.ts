// Replaced at bundle time by esbuild's `define`; the fallback serves tests run from source.
declare const MCP_WARDEN_VERSION: string | undefined;
export const VERSION: string = typeof MCP_WARDEN_VERSION === 'string' ? MCP_WARDEN_VERSION : '0.0.0-dev';
export const PROJECT_URL = 'https://github.com/mcp-warden/mcp-warden';
