#!/usr/bin/env bash
# One-off helper for merges: PlanEnumNames/PlanEnum moved to Common/Text as EnumNames/EnumName.
cd "$(dirname "$0")/../.."
grep -rlE "PlanEnumNames|PlanEnum\(" --include=*.cs --include=*.cshtml src tests bench 2>/dev/null | while read -r f; do
  sed -i -E 's/Regiokompas\.Web\.Modules\.Plan\.PlanFiles\.PlanEnumNames/EnumNames/g; s/Plan\.PlanFiles\.PlanEnumNames/EnumNames/g; s/PlanFiles\.PlanEnumNames/EnumNames/g; s/\bPlanEnumNames\b/EnumNames/g; s/\bPlanEnum\(typeof/EnumName(typeof/g' "$f"
done
