#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool dotnet-stryker): mutates the named parts of the library, runs the
# tests that cover each mutant (all but those marked Category=Slow, the long whole-system properties), and prints the
# mutation score of each part. CI does not run it: it takes from minutes to an hour per part on two cores.
#
#   eng/mutation.sh                      the parts the tests are held to (85 % or more each):
#                                        kernel, terms, symbols, money, reader (each can be named alone)
#   eng/mutation.sh Kernel Documents     whole folders of src/FriendshipUnion.Domain
#   eng/mutation.sh 'Terms/TermLabel.cs' one file, or any glob under src/FriendshipUnion.Domain
#
# Set CONCURRENCY (default 2) to leave a core free. Reports go to artifacts/mutation/<part>/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

declare -A parts=(
  [kernel]="Kernel/PartialDate.cs Kernel/PartialDatePattern.cs Kernel/Ids.cs Kernel/ParseResult.cs"
  [terms]="Terms/*.cs"
  [symbols]="Documents/DocumentSymbol.cs Documents/SymbolParser.cs Documents/SymbolText.cs Documents/SymbolPattern.cs"
  [money]="Currencies/Money.cs Currencies/Currency.cs"
  [reader]="Serialization/*.cs"
)
order=(kernel terms symbols money reader)

if [ "$#" -gt 0 ]; then
  order=()
  for arg in "$@"; do
    if [ -n "${parts[$arg]:-}" ]; then
      :
    elif [ -d "src/FriendshipUnion.Domain/$arg" ]; then
      parts[$arg]="$arg/*.cs"
    else
      parts[$arg]="$arg"
    fi
    order+=("$arg")
  done
fi

dotnet tool restore > /dev/null
mkdir -p "$root/artifacts/mutation"
summary=()
for part in "${order[@]}"; do
  mutate=()
  for glob in ${parts[$part]}; do
    mutate+=(--mutate "**/src/FriendshipUnion.Domain/$glob")
  done
  out="$root/artifacts/mutation/${part//\//_}"
  rm -rf "$out"
  echo "::: mutating $part (${parts[$part]})"
  (cd tests/FriendshipUnion.Domain.Tests && dotnet stryker --project FriendshipUnion.Domain.csproj "${mutate[@]}" \
    --test-case-filter "Category!=Slow" --concurrency "${CONCURRENCY:-2}" --reporter json --reporter progress \
    --output "$out" --skip-version-check) > "$out.log" 2>&1 || { echo "Stryker failed on $part; see $out.log" >&2; tail -n 20 "$out.log" >&2; exit 1; }
  report=$(find "$out" -name 'mutation-report.json' | head -n 1)
  score=$(python3 - "$report" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding='utf-8'))
counts = {}
for f in report['files'].values():
    for m in f['mutants']:
        counts[m['status']] = counts.get(m['status'], 0) + 1
detected = counts.get('Killed', 0) + counts.get('Timeout', 0)
undetected = counts.get('Survived', 0) + counts.get('NoCoverage', 0)
total = detected + undetected
print(f"{100 * detected / total:.1f} % ({detected} of {total} detected; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ")")
PY
)
  echo "$part: $score"
  summary+=("$part: $score")
done
echo "::: mutation scores"
printf '%s\n' "${summary[@]}"
