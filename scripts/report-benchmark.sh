#!/usr/bin/env bash
# Measures the server time of an annual report's page and PDF against a running Samverkan with the demo data.
# See docs/performance.md. Usage:
#   scripts/report-benchmark.sh [base-url] [agreement-id] [year] [login] [seconds]
# Defaults: http://localhost:8080, agreement 2 (Sollentuna 2023–2026), 2025, the Sollentuna coordinator, 20 s.
# Needs curl and wrk (apt-get install wrk). One connection, one thread: each request's latency is the server's
# time plus the loopback, with no queueing behind other requests.
set -euo pipefail

BASE=${1:-http://localhost:8080}
AGREEMENT=${2:-2}
YEAR=${3:-2025}
LOGIN=${4:-samordnare@sollentuna.example}
SECONDS_EACH=${5:-20}
PASSWORD=${SAMVERKAN_DEMO_PASSWORD:-demo1234}

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

# Log in like a browser: the login page gives the CSRF token, the form post gives the session cookie.
token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$LOGIN" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login"
cookie=$(awk '$6 == "JSESSIONID" || $6 == "SESSION" { print $6 "=" $7 }' "$jar" | tail -1)
if [ -z "$cookie" ] || curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE/oversikt" | grep -qv 200; then
    echo "Login as $LOGIN failed" >&2
    exit 1
fi

page="$BASE/overenskommelser/$AGREEMENT/arsrapporter/$YEAR"
for url in "$page" "$page.pdf"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$url")
    if [ "$status" != 200 ]; then
        echo "$url answered $status" >&2
        exit 1
    fi
    # Warm up (JIT, template and font caches), then measure.
    wrk -t1 -c1 -d5s -H "Cookie: $cookie" "$url" > /dev/null
    echo "== $url"
    wrk -t1 -c1 -d"${SECONDS_EACH}s" --latency -H "Cookie: $cookie" "$url" \
        | grep -E 'Latency|50%|75%|90%|99%|Requests/sec|requests in'
done
