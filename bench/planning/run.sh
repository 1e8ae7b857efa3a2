#!/bin/sh
# Issue 5's performance target: save an action and read a whole plan (6 x 5 x 4 x 5) with 1,000 plans in Derby.
# Usage: bench/planning/run.sh [maven options], e.g. -Dmaven.repo.local=... -o
cd "$(dirname "$0")/../.." && exec mvn -q "$@" test -pl module-planning -Dtest=PlanningBench -Dbraid.bench=true -Dsurefire.failIfNoSpecifiedTests=false
