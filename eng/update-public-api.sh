#!/usr/bin/env bash
# Regenerates the PublicAPI.Unshipped.txt entries of every packable project after public APIs were added or removed
# (Microsoft.CodeAnalysis.PublicApiAnalyzers: RS0016 = public API not declared, RS0017 = declared API gone).
# Run it after merging a branch that adds public types, review the diff of src/*/PublicAPI.Unshipped.txt, commit.
#   eng/update-public-api.sh            # all packable projects
#   eng/update-public-api.sh src/MscDomain/MscDomain.csproj
# 1. A build lists the declared APIs that are gone (RS0017): an unshipped entry is deleted; a shipped one is recorded
#    as "*REMOVED*<entry>" in PublicAPI.Unshipped.txt, which is how the analyzer tracks a removal from a release.
# 2. The same build lists the public APIs not yet declared (RS0016, which names each symbol exactly as the file spells
#    it): they are added to PublicAPI.Unshipped.txt. (`dotnet format analyzers --diagnostics RS0016` applies the same
#    fix, but silently added nothing after a merge that moved types, so the script reads the diagnostics itself.)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  # dependency order (the core first, the tool last): each project's own warnings come from its own build step
  mapfile -t projects < <(grep -l '<IsPackable>true</IsPackable>' src/*/*.csproj | awk '{print (/src\/MscDomain\/MscDomain.csproj/ ? 0 : /Cli/ ? 2 : 1) " " $0}' | sort | cut -d' ' -f2)
fi
for p in "${projects[@]}"; do
  dir=$(dirname "$p")
  for f in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
    [ -f "$dir/$f" ] || printf '#nullable enable\n' > "$dir/$f"
  done
  echo "== $p"
  log=$(mktemp)
  # --no-incremental: an up-to-date project reports no analyzer warnings; references were built by the earlier steps
  dotnet build "$p" --no-restore --no-incremental -v q -p:TreatWarningsAsErrors=false -p:BuildProjectReferences=false > "$log" 2>&1 || true
  # error/warning RS0017: Symbol 'X' is part of the declared API, but is either not public or could not be found
  # only this project's diagnostics: a referenced project is rebuilt too and reports its own
  { grep -F "$(cd "$dir" && pwd)/" "$log" | grep -oE "RS0017: Symbol '[^']+'" || true; } | sed -E "s/RS0017: Symbol '(.*)'/\1/" | sort -u | while IFS= read -r sym; do
    if grep -qxF -- "$sym" "$dir/PublicAPI.Unshipped.txt"; then
      grep -vxF -- "$sym" "$dir/PublicAPI.Unshipped.txt" > "$dir/PublicAPI.Unshipped.txt.tmp" && mv "$dir/PublicAPI.Unshipped.txt.tmp" "$dir/PublicAPI.Unshipped.txt"
    else
      echo "*REMOVED*$sym" >> "$dir/PublicAPI.Unshipped.txt"
    fi
  done
  # every undeclared public API (RS0016): the diagnostic names the symbol exactly as the file declares it
  { grep -F "$(cd "$dir" && pwd)/" "$log" | grep -oE "RS0016: Symbol '[^']+'" || true; } | sed -E "s/RS0016: Symbol '(.*)'/\1/" | sort -u >> "$dir/PublicAPI.Unshipped.txt"
  left=$(grep -F "$(cd "$dir" && pwd)/" "$log" | grep -cE "(error|warning) RS00(16|17)" || true)
  rm -f "$log"
  # keep the file sorted (the analyzer does not care; sorted files merge with fewer conflicts)
  { head -1 "$dir/PublicAPI.Unshipped.txt"; tail -n +2 "$dir/PublicAPI.Unshipped.txt" | LC_ALL=C sort -u; } > "$dir/PublicAPI.Unshipped.txt.tmp"
  mv "$dir/PublicAPI.Unshipped.txt.tmp" "$dir/PublicAPI.Unshipped.txt"
  echo "   $(($(wc -l < "$dir/PublicAPI.Unshipped.txt") - 1)) unshipped entries; RS0016/RS0017 before the removal pass: $left"
done
