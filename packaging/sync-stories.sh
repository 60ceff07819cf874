#!/bin/sh
# Runs many random edit stories of tst_sync (three copies, random edits and syncs) to
# look for ones that do not converge: packaging/sync-stories.sh FIRST COUNT [BUILD]
# A failing story is run again with TIANYE_SEED=N (TIANYE_KEEP_COPIES=1 keeps its copies).
first=${1:-1}
count=${2:-100}
build=${3:-build/dev}
failed=0
seed=$first
while [ "$seed" -lt $((first + count)) ]; do
    if ! XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp} TIANYE_SEED=$seed "$build/tests/unit/tst_sync" \
        threeCopies_randomEdits_randomSyncs_allConverge >/dev/null 2>&1; then
        echo "story $seed does not converge (TIANYE_SEED=$seed)"
        failed=$((failed + 1))
    fi
    seed=$((seed + 1))
done
echo "$count stories from $first: $failed did not converge"
[ "$failed" -eq 0 ]
