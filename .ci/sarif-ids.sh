#!/usr/bin/env bash
# Prints "ruleId<TAB>message" for every result in a SARIF 2.1 file, one per line, sorted (no jq on a fresh machine).
set -euo pipefail
tr -d '\n' < "$1" | grep -oE '"ruleId": *"SR[0-9]{4}"[^}]*"text": *"([^"\\]|\\.)*' \
  | sed -E 's/"ruleId": *"(SR[0-9]{4})".*"text": *"(.*)/\1\t\2/; s/\\"/"/g' | sort
