#!/usr/bin/env bash
# ./callout bench [--quick] [--record]: builds the benchmarks through the reactor when the sources
# changed (nothing goes into ~/.m2), runs the JMH matcher benchmark, the load harness, an HTTP run
# with wrk and restarts, and prints one markdown table with each figure beside its aim. Progress
# goes to stderr, the table to stdout; --record also appends it to docs/performance.md. Called by
# ./callout with JAVA_HOME set; each server start takes the JVM options ./callout start would use then.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/bootstrap/target/callout.jar"
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
JAVA="$JAVA_HOME/bin/java"
quick=false record=false
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --record) record=true ;;
    *) echo "callout bench: unknown option $arg (use --quick and/or --record)" >&2; exit 1 ;;
  esac
done

if $quick; then
  jmh_args=(-wi 2 -w 1s -i 3 -r 1s) jobs=100 queries=600 http_seconds=8 http_rounds=2 restarts=2
else
  jmh_args=(-wi 3 -w 2s -i 5 -r 2s) jobs=300 queries=2000 http_seconds=20 http_rounds=3 restarts=3
fi

log() { printf '%s bench: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
load_average() { cut -d' ' -f1 /proc/loadavg; }

work="$(mktemp -d "${TMPDIR:-/tmp}/callout-bench.XXXXXX")"
server_pid=""
stop_server() {
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap 'stop_server; rm -rf "$work"' EXIT

started_at="$(date -u '+%Y-%m-%d %H:%M UTC')"
load_start="$(load_average)"
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian's package) for the HTTP run"
  if ((EUID == 0)); then apt-get install -y -q wrk >&2; else sudo apt-get install -y -q wrk >&2; fi
fi

# True when a jar is missing or older than a pom or a main source (as ./callout start decides).
stale() {
  [[ -f $JAR && -f $BENCH_JAR ]] || return 0
  [[ -n "$(find "$ROOT" -maxdepth 2 -name pom.xml -newer "$BENCH_JAR" -print -quit)" ]] && return 0
  [[ -n "$(find "$ROOT"/*/src/main -newer "$BENCH_JAR" -print -quit 2>/dev/null)" ]]
}
if stale; then
  log "building the benchmarks and the server through the reactor"
  (cd "$ROOT" && ./mvnw -q -B -Pbench -pl benchmarks -am package -DskipTests) >&2
  touch "$BENCH_JAR"
fi

log "JMH: the matcher and the in-memory index, 100,000 providers"
"$JAVA" -jar "$BENCH_JAR" MatchingBenchmark "${jmh_args[@]}" -f 1 -rf csv -rff "$work/jmh.csv" >&2
jmh() { # benchmark radius -> "mean ± error" µs
  awk -F, -v b="\"dev.callout.benchmarks.MatchingBenchmark.$1\"" -v r="$2" '
    NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /radiusKm/) radius = i; next }
    $1 == b && $radius + 0 == r { printf "%.0f ± %.0f", $5, $6 }' "$work/jmh.csv"
}

log "load harness: nearby, offers after commit, dispatch to 2,000 sockets (about 2 to 4 minutes)"
# The server in the harness gets the collector and heap ./callout start gives it (not the archive, which is the jar's);
# the socket clients run in a child JVM of their own, so the harness's RSS is the server's.
mapfile -t harness_options < <("$ROOT/callout" java-options | grep -v -e '^-XX:AOT' -e '^-XX:SharedArchive' -e '^-XX:+AutoCreateSharedArchive' -e '^-Xlog:')
"$JAVA" "${harness_options[@]}" -cp "$BENCH_JAR" dev.callout.benchmarks.LoadHarness 100000 2000 "$jobs" "$queries" | tee "$work/load.txt" >&2
measure() { # key field -> value
  awk -v k="$1" -v f="$2" '$1 == k { for (i = 2; i <= NF; i++) if (split($i, kv, "=") == 2 && kv[1] == f) print kv[2] }' "$work/load.txt"
}

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    (: <"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
port="$(free_port)"
base="http://127.0.0.1:$port/api/v1"

# Starts the shaded jar on $work/data as ./callout start does (its options and malloc arenas; the first start
# without an archive records it); sets started_ms to the time until health answers.
start_server() {
  local started=$EPOCHREALTIME options
  mapfile -t options < <("$ROOT/callout" java-options)
  CALLOUT_RATE_LIMITS_GENERAL_LIMIT=1000000000 CALLOUT_RATE_LIMITS_AUTH_LIMIT=1000 MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
    "$JAVA" "${options[@]}" "-Dmicronaut.server.port=$port" "-Dcallout.data-dir=$work/data" \
    "$@" -jar "$JAR" >"$work/server.log" 2>&1 &
  server_pid=$!
  until curl -fs -o /dev/null "$base/health"; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; echo "callout bench: the server stopped" >&2; exit 1; }
    sleep 0.05
  done
  started_ms="$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", (b - a) * 1000 }')"
}
log_ms() { # HH:MM:SS.mmm -> ms of the day
  awk -F'[:.]' '{ print (($1 * 60 + $2) * 60 + $3) * 1000 + $4 }' <<<"$1"
}

log "HTTP: the server with demo data, wrk with 16 connections"
start_server -Dcallout.demo=true
token="$(curl -fs "$base/auth/login" -H 'Content-Type: application/json' \
  -d '{"identifier":"maria@demo.callout.dev","password":"callout-demo"}' | jq -r .access_token)"
job="$(curl -fs "$base/jobs?limit=1" -H "Authorization: Bearer $token" | jq -r '.data[0].id')"
[[ $job == job_* ]] || { echo "callout bench: the demo customer has no job" >&2; exit 1; }
run_wrk() { # name url [header] -> appends "name rps p99_ms" to $work/http.txt
  local name="$1" url="$2" out
  shift 2
  out="$(wrk -t2 -c16 -d"${http_seconds}s" --latency "$@" "$url")"
  echo "$out" >&2
  awk -v n="$name" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rps = $2 } $1 == "99%" { p99 = ms($2) }
    END { printf "%s %.0f %.1f\n", n, rps, p99 }' <<<"$out" >>"$work/http.txt"
}
run_wrk warmup "$base/jobs/$job" -H "Authorization: Bearer $token" >/dev/null
: >"$work/http.txt"
for ((round = 1; round <= http_rounds; round++)); do
  run_wrk categories "$base/categories"
  run_wrk job "$base/jobs/$job" -H "Authorization: Bearer $token"
  run_wrk health "$base/health"
done
http_rss_mb="$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status")"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
http() { awk -v n="$1" -v c="$2" '$1 == n { print $c }' "$work/http.txt" | median; }
share="$(paste <(awk '$1 == "job" { print $2 }' "$work/http.txt") <(awk '$1 == "categories" { print $2 }' "$work/http.txt") |
  awk '{ printf "%.0f\n", 100 * $1 / $2 }' | median)"
stop_server

log "restart on the existing data directory, $restarts times"
: >"$work/restart.txt"
for ((round = 1; round <= restarts; round++)); do
  start_server
  postgres="$(sed -n 's/.*PostgreSQL started on .* in \([0-9]*\) ms.*/\1/p' "$work/server.log")"
  # Micronaut logs when Flyway starts, Flyway when it found the schema up to date (or migrated it).
  flyway="$(awk '/Running migrations/ { start = $1 } start && /DbMigrate - (Schema .* is up to date|Successfully applied)/ { print start, $1; exit }' "$work/server.log" |
    while read -r from to; do echo $(($(log_ms "$to") - $(log_ms "$from"))); done)"
  echo "$started_ms ${postgres:-0} ${flyway:-0}" >>"$work/restart.txt"
  stop_server
done
restart() { awk -v c="$1" '{ print $c }' "$work/restart.txt" | median; }
restart_ms="$(restart 1)"

load_end="$(load_average)"
ms() { awk -v v="$1" 'BEGIN { if (v >= 10000) printf "%.1f s", v / 1000; else printf(v >= 100 ? "%.0f ms" : "%.1f ms", v) }'; }
met() { awk "BEGIN { print (($1) ? \"yes\" : \"**no**\") }"; }
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
memory_gb="$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
jdk="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.vm\.version = //p')"
job_p99="$(http job 3)"
dispatch_p50="$(measure dispatch_socket p50)" dispatch_p99="$(measure dispatch_socket p99)"
offers_p50="$(measure offers_after_commit p50)"
nearby3_p99="$(measure nearby_3km p99)" nearby10_p99="$(measure nearby_10km p99)"
rss_mb="$(measure rss_under_dispatch mb)"

table="$(cat <<EOF
### $started_at$($quick && echo ', --quick')

$(nproc) × $cpu, ${memory_gb} GB; JDK $jdk; embedded PostgreSQL; loopback; load average $load_start at the start, $load_end at the end.

| measure | result | aim | met |
|---|---|---|---|
| authenticated GET /jobs/{id}, 16 connections: req/s, share of GET /categories, p99 | $(http job 2) req/s, ${share}%, $(ms "$job_p99") | ≥ 60%, p99 ≤ 25 ms | $(met "$share >= 60 && $job_p99 <= 25") |
| GET /categories (public, one read), same run: req/s, p99 | $(http categories 2) req/s, $(ms "$(http categories 3)") | | |
| GET /api/v1/health, same run: req/s, p99 | $(http health 2) req/s, $(ms "$(http health 3)") | cheap | |
| POST /jobs → job.offered at a socket, 2,000 providers moving: p50, p99, max | $(ms "$dispatch_p50"), $(ms "$dispatch_p99"), $(ms "$(measure dispatch_socket max)") ($(measure dispatch_socket n) of $jobs jobs) | p50 ≤ 20 ms, p99 ≤ 100 ms | $(met "$dispatch_p50 <= 20 && $dispatch_p99 <= 100") |
| offers written after POST /jobs commits, 100k providers, no sockets: p50, p99 | $(ms "$offers_p50"), $(ms "$(measure offers_after_commit p99)") | p50 ≤ 30 ms | $(met "$offers_p50 <= 30") |
| nearby in PostgreSQL, 100k providers, 20 nearest within 3 km: p50, p99 | $(ms "$(measure nearby_3km p50)"), $(ms "$nearby3_p99") | p99 ≤ 5 ms | $(met "$nearby3_p99 <= 5") |
| same within 10 km | $(ms "$(measure nearby_10km p50)"), $(ms "$nearby10_p99") | p99 ≤ 5 ms | $(met "$nearby10_p99 <= 5") |
| restart on an existing data directory until health answers (of which PostgreSQL start, Flyway) | $(ms "$restart_ms") ($(ms "$(restart 2)"), $(ms "$(restart 3)")) | ≤ 3 s | $(met "$restart_ms <= 3000") |
| RSS of the server under the dispatch load (the launcher's heap and collector; the 2,000 socket clients in a child process) | $rss_mb MB | ≤ 300 MB | $(met "$rss_mb <= 300") |
| RSS of the server alone, most seen under the HTTP run | $http_rss_mb MB | ≤ 300 MB | $(met "$http_rss_mb <= 300") |
| JMH grid search + rank, 20 nearest plumbers, 3 km / 10 km | $(jmh gridSearchAndRank 3) / $(jmh gridSearchAndRank 10) µs | | |
| JMH rank a whole circle, 3 km / 10 km | $(jmh rankACircle 3) / $(jmh rankACircle 10) µs | | |

Medians (the lower middle one of an even count) of $http_rounds wrk rounds of ${http_seconds} s (each round: categories, job, health) and of $restarts restarts.
EOF
)"
echo "$table"
if $record; then
  printf '\n%s\n' "$table" >>"$ROOT/docs/performance.md"
  log "appended to docs/performance.md"
fi
