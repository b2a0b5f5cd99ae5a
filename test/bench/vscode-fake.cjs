// Just enough of the `vscode` module to load dist/extension.js and run activate() outside an editor,
// so the benchmark can time activation and the first full check. Every registration is a no-op.
const path = require('node:path');

const disposable = () => ({ dispose() {} });
const event = () => disposable;

class EventEmitter {
  listeners = [];
  event = (listener) => {
    this.listeners.push(listener);
    return disposable();
  };
  fire(value) {
    for (const listener of this.listeners) listener(value);
  }
  dispose() {}
}

class Uri {
  constructor(fsPath) {
    this.fsPath = fsPath;
    this.path = fsPath;
    this.scheme = 'file';
  }
  static file(fsPath) {
    return new Uri(fsPath);
  }
  static joinPath(base, ...parts) {
    return new Uri(path.join(base.fsPath, ...parts));
  }
  toString() {
    return `file://${this.fsPath}`;
  }
}

function fake(folder, settings) {
  const logs = [];
  const log = Object.fromEntries(['trace', 'debug', 'info', 'warn', 'error'].map((level) => [level, (message) => logs.push(`${level} ${message}`)]));
  const watcher = { onDidCreate: event(), onDidChange: event(), onDidDelete: event(), dispose() {} };
  return {
    logs,
    api: {
      EventEmitter,
      Uri,
      Disposable: Object.assign(class { dispose() {} }, { from: () => disposable() }),
      RelativePattern: class {},
      Range: class {},
      Position: class {},
      Diagnostic: class {},
      ThemeIcon: Object.assign(class {}, { File: {} }),
      ThemeColor: class {},
      StatusBarAlignment: { Left: 1 },
      CodeActionKind: { QuickFix: 'quickfix' },
      DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2 },
      ConfigurationTarget: { Global: 1 },
      workspace: {
        workspaceFolders: [{ uri: Uri.file(folder), name: path.basename(folder), index: 0 }],
        textDocuments: [],
        isTrusted: false,
        getConfiguration: () => ({ get: (key, fallback) => settings[key] ?? fallback }),
        findFiles: async () => [],
        getWorkspaceFolder: (uri) => (uri.fsPath.startsWith(`${folder}${path.sep}`) ? { uri: Uri.file(folder) } : undefined),
        asRelativePath: (file) => path.relative(folder, typeof file === 'string' ? file : file.fsPath),
        createFileSystemWatcher: () => watcher,
        ...Object.fromEntries(['onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidSaveTextDocument', 'onDidCloseTextDocument', 'onDidChangeConfiguration', 'onDidChangeWorkspaceFolders', 'onDidGrantWorkspaceTrust'].map((name) => [name, event()])),
      },
      window: {
        createOutputChannel: () => ({ ...log, show() {}, dispose() {} }),
        createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
        createTreeView: disposable,
      },
      languages: {
        createDiagnosticCollection: () => ({ set() {}, delete() {}, dispose() {} }),
        registerHoverProvider: disposable,
        registerCodeLensProvider: disposable,
        registerCodeActionsProvider: disposable,
      },
      commands: { registerCommand: disposable },
    },
  };
}

module.exports = { fake };
