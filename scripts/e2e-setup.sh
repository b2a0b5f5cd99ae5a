#!/usr/bin/env bash
# Installs what the real-editor tests need, idempotently and offline (Debian packages + the npm
# registry only): Chromium, ripgrep, and code-server 4.100.3 (VS Code 1.100.3, the last release
# that runs on Node 20) with its native modules rebuilt from source.
# Usage: scripts/e2e-setup.sh [cache-dir]   (default: <repo>/.cache/code-server-e2e)
set -euo pipefail

CS_VERSION=4.100.3
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_DIR="${1:-${MCP_WARDEN_E2E_CACHE:-$REPO_ROOT/.cache/code-server-e2e}}"
STAMP="$CACHE_DIR/.ready-$CS_VERSION"

log() { printf 'e2e-setup: %s\n' "$*" >&2; }

missing_packages() {
  local wanted=()
  command -v chromium >/dev/null || wanted+=(chromium)
  command -v rg >/dev/null || wanted+=(ripgrep)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || wanted+=(libkrb5-dev)
  command -v make >/dev/null || wanted+=(make)
  command -v g++ >/dev/null || wanted+=(g++)
  command -v python3 >/dev/null || wanted+=(python3)
  echo "${wanted[@]:-}"
}

install_system_packages() {
  local wanted
  wanted="$(missing_packages)"
  [ -z "$wanted" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    log "missing Debian packages ($wanted) and not root; install them with: sudo apt-get install -y $wanted"
    exit 2
  fi
  log "installing Debian packages: $wanted"
  apt-get update -qq
  # shellcheck disable=SC2086 # word splitting of the package list is intended
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $wanted >/dev/null
}

install_code_server() {
  mkdir -p "$CACHE_DIR"
  cd "$CACHE_DIR"
  # Without its own package.json, npm would walk up and install into the repository.
  [ -f package.json ] || printf '{ "name": "code-server-e2e", "private": true }\n' > package.json
  log "installing code-server $CS_VERSION into $CACHE_DIR"
  # --ignore-scripts: code-server's postinstall downloads ripgrep from GitHub, unreachable here.
  npm install --no-audit --no-fund --ignore-scripts --loglevel=error "code-server@$CS_VERSION"
  npm rebuild --loglevel=error argon2
  cd node_modules/code-server/lib/vscode
  npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
  npm_config_yes=true npm rebuild --loglevel=error @vscode/spdlog native-watchdog node-pty @vscode/deviceid @parcel/watcher kerberos
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  (cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
}

install_system_packages
if [ -f "$STAMP" ]; then
  log "code-server $CS_VERSION already set up in $CACHE_DIR"
else
  install_code_server
  touch "$STAMP"
  log "done"
fi
echo "$CACHE_DIR"
