#!/usr/bin/env bash
# Refreshes the vendored front-end assets of the web application from the npm registry:
#   - the French State design system (DSFR, npm package @gouvfr/dsfr): minified CSS, the ES-module JS,
#     the Marianne/Spectral fonts (woff2 only), the favicons, and only the SVG icons that dsfr.min.css
#     itself references (the others come from the utility CSS we do not ship);
#   - htmx (npm package htmx.org, 2.x), used for autocomplete and partial page updates.
# Each vendored folder keeps the package's licence and a VERSION file.
#
#   scripts/refresh-dsfr.sh                 # the versions pinned below
#   DSFR_VERSION=1.15.3 HTMX_VERSION=2.0.11 scripts/refresh-dsfr.sh
#
# Needs: npm (only `npm pack`, no install), tar, grep, sed.
set -euo pipefail

DSFR_VERSION="${DSFR_VERSION:-1.15.3}"
HTMX_VERSION="${HTMX_VERSION:-2.0.11}"

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PUBLIC="$ROOT/api/src/main/resources/public"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
echo "Fetching @gouvfr/dsfr@$DSFR_VERSION and htmx.org@$HTMX_VERSION with npm pack..."
npm pack --silent "@gouvfr/dsfr@$DSFR_VERSION" >/dev/null
npm pack --silent "htmx.org@$HTMX_VERSION" >/dev/null
mkdir dsfr htmx
tar xzf gouvfr-dsfr-"$DSFR_VERSION".tgz -C dsfr
tar xzf htmx.org-"$HTMX_VERSION".tgz -C htmx
SRC="$WORK/dsfr/package/dist"

# DSFR
DEST="$PUBLIC/dsfr"
rm -rf "$DEST"
mkdir -p "$DEST/fonts" "$DEST/favicon"
cp "$SRC/dsfr.min.css" "$SRC/dsfr.module.min.js" "$DEST/"
cp "$SRC"/fonts/*.woff2 "$DEST/fonts/"
cp "$SRC"/favicon/favicon.svg "$SRC"/favicon/favicon.ico "$SRC"/favicon/apple-touch-icon.png "$DEST/favicon/"
# The icons dsfr.min.css points to (url(icons/...svg)).
grep -o 'url(icons/[^)]*\.svg)' "$SRC/dsfr.min.css" | sed 's/^url(//; s/)$//' | sort -u | while read -r icon; do
  mkdir -p "$DEST/$(dirname "$icon")"
  cp "$SRC/$icon" "$DEST/$icon"
done
# The CSS also declares woff fallbacks: modern browsers take the woff2 listed first, so the woff files stay out.
cp "$WORK/dsfr/package/LICENSE.md" "$DEST/LICENSE.md"
mkdir -p "$DEST/legal"
cp "$WORK/dsfr/package/doc/legal/cgu.md" "$DEST/legal/cgu.md" 2>/dev/null || true
echo "$DSFR_VERSION" > "$DEST/VERSION"

# htmx
DEST_HTMX="$PUBLIC/htmx"
rm -rf "$DEST_HTMX"
mkdir -p "$DEST_HTMX"
cp "$WORK/htmx/package/dist/htmx.min.js" "$DEST_HTMX/"
cp "$WORK/htmx/package/LICENSE" "$DEST_HTMX/LICENSE"
echo "$HTMX_VERSION" > "$DEST_HTMX/VERSION"

echo "Vendored DSFR $DSFR_VERSION and htmx $HTMX_VERSION into ${PUBLIC#$ROOT/}:"
du -sh "$PUBLIC/dsfr" "$PUBLIC/htmx"
