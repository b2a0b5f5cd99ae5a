// Terminal colour, only when stdout is a TTY and NO_COLOR is unset (https://no-color.org).
export interface Style {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function styleFor(isTty: boolean, env: NodeJS.ProcessEnv): Style {
  if (!isTty || env.NO_COLOR !== undefined || env.TERM === 'dumb') return { red: plain, yellow: plain, green: plain, dim: plain, bold: plain };
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
