// Adds or removes MCP Warden's hooks in a client's settings text without touching anyone
// else's hooks. Installing twice changes nothing; our entry keeps its place when updated.
import { CLAUDE_HOOK_EVENTS, CURSOR_HOOK_EVENTS, isWardenHook, type ClaudeHooks, type CursorHooks } from './hook-config';
import { sameJson } from '../json-equal';
import { isObject, parseSettings, setJson, SettingsFileError } from './json-edit';

export function installClaudeHooks(text: string, file: string, hooks: ClaudeHooks): string {
  const existing = hooksObject(parseSettings(text, file), file);
  let out = text;
  for (const event of CLAUDE_HOOK_EVENTS) {
    const groups = arrayAt(existing, event, file);
    const merged = placeOurs(groups.map(withoutOurHandlers), groups.findIndex(holdsOurs), hooks[event]);
    if (!sameJson(merged, groups)) out = setJson(out, ['hooks', event], merged);
  }
  return out;
}

export function uninstallClaudeHooks(text: string, file: string): string {
  const existing = hooksObject(parseSettings(text, file), file);
  let out = text;
  for (const [event, value] of Object.entries(existing)) {
    if (!Array.isArray(value) || !value.some(holdsOurs)) continue;
    const kept = value.map(withoutOurHandlers).filter((g): g is unknown => g !== undefined);
    out = setJson(out, ['hooks', event], kept.length ? kept : undefined);
  }
  return dropEmptyHooks(out, file);
}

export function installCursorHooks(text: string, file: string, hooks: CursorHooks): string {
  const root = parseSettings(text, file);
  const existing = hooksObject(root, file);
  let out = root.version === undefined ? setJson(text, ['version'], 1) : text;
  for (const event of CURSOR_HOOK_EVENTS) {
    const entries = arrayAt(existing, event, file);
    const merged = placeOurs(entries.map((e) => (isWardenHook(e) ? undefined : e)), entries.findIndex(isWardenHook), hooks[event]);
    if (!sameJson(merged, entries)) out = setJson(out, ['hooks', event], merged);
  }
  return out;
}

export function uninstallCursorHooks(text: string, file: string): string {
  const existing = hooksObject(parseSettings(text, file), file);
  let out = text;
  for (const [event, value] of Object.entries(existing)) {
    if (!Array.isArray(value) || !value.some(isWardenHook)) continue;
    const kept = value.filter((e) => !isWardenHook(e));
    out = setJson(out, ['hooks', event], kept.length ? kept : undefined);
  }
  return dropEmptyHooks(out, file);
}

/** `kept` has undefined where an entry of ours was; ours go where the first one was, or last. */
function placeOurs<T>(kept: (unknown | undefined)[], firstOurs: number, ours: T[]): unknown[] {
  const at = firstOurs === -1 ? kept.length : firstOurs;
  const result = [...kept.slice(0, at), ...ours, ...kept.slice(at)];
  return result.filter((item) => item !== undefined);
}

function holdsOurs(group: unknown): boolean {
  return isObject(group) && Array.isArray(group.hooks) && group.hooks.some(isWardenHook);
}

/** The group without our handlers; undefined when nothing else was in it. */
function withoutOurHandlers(group: unknown): unknown {
  if (!holdsOurs(group)) return group;
  const g = group as { hooks: unknown[] };
  const others = g.hooks.filter((h) => !isWardenHook(h));
  return others.length ? { ...g, hooks: others } : undefined;
}

function hooksObject(root: Record<string, unknown>, file: string): Record<string, unknown> {
  if (root.hooks === undefined) return {};
  if (!isObject(root.hooks)) throw new SettingsFileError(`"hooks" in ${file} is not an object; nothing was changed`);
  return root.hooks;
}

function arrayAt(hooks: Record<string, unknown>, event: string, file: string): unknown[] {
  const value = hooks[event];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new SettingsFileError(`"hooks.${event}" in ${file} is not a list; nothing was changed`);
  return value;
}

function dropEmptyHooks(text: string, file: string): string {
  const hooks = parseSettings(text, file).hooks;
  return isObject(hooks) && Object.keys(hooks).length === 0 ? setJson(text, ['hooks'], undefined) : text;
}
