#!/usr/bin/env bash
# Runs the browser tests (headless Debian chromium) and copies the screenshots the README shows into
# docs/screenshots/. Needs chromium and chromium-driver (apt-get install -y chromium chromium-driver).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
TREMPLIN_BROWSER_TESTS=required ./mvnw -B -q -pl api verify -Dtest=WebJourneysTest -Dsurefire.failIfNoSpecifiedTests=false
mkdir -p docs/screenshots
for shot in 08-conseiller-offre-candidats 04-conseiller-erreurs 10-employeur-suggestions 01-conseiller-personnes \
    20-employeur-selection-pseudonymisee 24-responsable-rapports; do
  cp "api/target/screenshots/$shot.png" docs/screenshots/
done
echo "Screenshots copied to docs/screenshots/"
