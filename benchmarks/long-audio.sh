#!/usr/bin/env bash
# Peak memory and wall time of `diarist diarize` on long recordings built from real speech.
#
#   benchmarks/long-audio.sh [MINUTES...] [-- DIARIZE-OPTIONS...]
#   benchmarks/long-audio.sh 10 60 120
#   benchmarks/long-audio.sh 10 -- --segmentation-model DIR --embedding-model DIR --threads 2
#
# Each recording concatenates LibriSpeech train-clean-5 utterances (../shared, or $DIARIST_SHARED) taking the
# speakers in turn, so it has a change of voice every ~15 s; without ../shared it repeats samples/conversation.wav.
# Files are built once in benchmarks/target/long-audio/ (16 kHz mono 16-bit WAV). Each run goes through
# /usr/bin/time -v; the table (minutes, peak RSS, wall time, real-time factor, speakers found) is printed and
# appended to benchmarks/target/long-audio/results.md with the date, the machine and the command. CPU seconds
# (user + system) are listed too: on a shared machine they say more about speed than the wall time does.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${DIARIST_SHARED:-$ROOT/../shared}"
WORK="$ROOT/benchmarks/target/long-audio"
mkdir -p "$WORK"

minutes=()
while [[ $# -gt 0 && "$1" != "--" ]]; do minutes+=("$1"); shift; done
[[ "${1:-}" == "--" ]] && shift
[[ ${#minutes[@]} -eq 0 ]] && minutes=(10 60 120)

# The speech the recordings are made of, one file per line: speakers interleaved (utterance 1 of each speaker,
# then utterance 2 of each, ...).
speech_list() {
  local source="$SHARED/data/librispeech/train-clean-5"
  if [[ -d "$source" ]]; then
    find "$source" -name '*.opus' | sort | awk -F/ '
      { speaker = $(NF-1); n[speaker]++; file[speaker, n[speaker]] = $0; if (n[speaker] > most) most = n[speaker] }
      END { for (i = 1; i <= most; i++) for (s in n) if (i <= n[s]) print file[s, i] }'
  else
    echo "$ROOT/samples/conversation.wav"
  fi
}

build() {
  local length=$1 wav="$WORK/speech-${1}min.wav"
  if [[ ! -f "$wav" ]]; then
    local list="$WORK/concat.txt" files
    mapfile -t files < <(speech_list)
    : > "$list"
    # Repeat the material until it is long enough (train-clean-5 holds about 1.9 hours).
    for _ in $(seq 1 $(( length / 60 + 2 ))); do
      for f in "${files[@]}"; do printf "file '%s'\n" "$f" >> "$list"; done
    done
    echo "building $wav ..." >&2
    ffmpeg -nostdin -loglevel error -f concat -safe 0 -i "$list" -t $(( length * 60 )) -ac 1 -ar 16000 \
      -c:a pcm_s16le -y "$wav"
  fi
  echo "$wav"
}

"$ROOT/diarist" --version > /dev/null   # build once, outside the measurements

results="$WORK/results.md"
{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM"
  echo
  echo "\`benchmarks/long-audio.sh ${minutes[*]}${*:+ -- $*}\` (DIARIST_JAVA_OPTS='${DIARIST_JAVA_OPTS:-}')"
  echo
  echo "| minutes | peak RSS (MB) | wall (s) | real-time factor | CPU (s) | CPU s per audio s | speakers |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
} | tee -a "$results"

for length in "${minutes[@]}"; do
  wav="$(build "$length")"
  out="$WORK/speech-${length}min.rttm"
  log="$WORK/speech-${length}min.time"
  /usr/bin/time -v -o "$log" "$ROOT/diarist" diarize --quiet "$@" "$wav" -o "$out"
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log")
  speakers=$(awk '{print $8}' "$out" | sort -u | wc -l)
  printf "| %d | %.0f | %.0f | %.3f | %.0f | %.3f | %d |\n" "$length" "$(echo "$rss_kb / 1024" | bc -l)" "$wall" \
    "$(echo "$wall / ($length * 60)" | bc -l)" "$cpu" "$(echo "$cpu / ($length * 60)" | bc -l)" "$speakers" \
    | tee -a "$results"
done
