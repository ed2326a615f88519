#!/bin/sh
# Installs snac2 (a small ActivityPub server that speaks the Mastodon client API) for the peer tests.
# Idempotent and fast once installed. Runs as root (uses apt).
#
# snac2 is only in bookworm-backports. We add that suite by copying the URIs of the machine's own Debian source,
# so no mirror host is ever written into the repository.
set -eu

if command -v snac >/dev/null 2>&1; then
  echo "snac2 already installed: $(command -v snac)"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup.sh installs packages with apt: run it as root" >&2
  exit 1
fi

target=/etc/apt/sources.list.d/chorus-bookworm-backports.sources

if [ ! -f "$target" ]; then
  uris=""
  signed_by=""
  # deb822 sources: take the stanza whose Suites has plain `bookworm` (not the security suite).
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    found=$(awk '
      BEGIN { RS=""; FS="\n" }
      {
        uris=""; suites=""; signed=""; types=""
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/) { uris=$i; sub(/^URIs:[ \t]*/, "", uris) }
          if ($i ~ /^Suites:/) { suites=" " $i " "; sub(/^ Suites:[ \t]*/, " ", suites) }
          if ($i ~ /^Signed-By:/) { signed=$i; sub(/^Signed-By:[ \t]*/, "", signed) }
          if ($i ~ /^Types:/) { types=$i }
        }
        if (types ~ /deb( |$)/ && suites ~ / bookworm / && uris != "") { print uris "|" signed; exit }
      }' "$f")
    if [ -n "$found" ]; then
      uris=${found%%|*}
      signed_by=${found#*|}
      break
    fi
  done
  # One-line sources: `deb [opts] URI bookworm main ...`.
  if [ -z "$uris" ] && [ -f /etc/apt/sources.list ]; then
    uris=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) { if ($(i+1) == "bookworm") { print $i; exit } break } }' /etc/apt/sources.list)
  fi
  if [ -z "$uris" ]; then
    echo "Could not find a Debian bookworm apt source on this machine to copy for bookworm-backports." >&2
    exit 1
  fi
  {
    echo "Types: deb"
    echo "URIs: $uris"
    echo "Suites: bookworm-backports"
    echo "Components: main"
    if [ -n "$signed_by" ]; then echo "Signed-By: $signed_by"; fi
  } > "$target"
  echo "Added $target (copied from the machine's own bookworm source)"
fi

apt-get update -o Dir::Etc::sourcelist="$target" -o Dir::Etc::sourceparts=- -o APT::Get::List-Cleanup=0 >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends -t bookworm-backports snac2
command -v snac
