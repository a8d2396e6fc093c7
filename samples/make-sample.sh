#!/usr/bin/env bash
# Rebuilds samples/conversation.wav and samples/conversation.rttm from the Asterisk voice prompts
# packaged by Debian (three different voice actors, see CREDITS.md). Deterministic: the packages
# are pinned by version and sha256, sox resamples without dither, and the mixing uses a fixed seed.
#
# Usage: samples/make-sample.sh [--debs DIR]   (DIR: where the .deb files are, or are downloaded to)
# Needs: apt-get, dpkg-deb, sox, java 17.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VERSION=1.6.1-1
declare -A SHA256=(
  [asterisk-core-sounds-en-wav]=2be3ea287d83299d143815fa804f11179a75b7affd4a758b98b55f5afc18a35d
  [asterisk-core-sounds-it-wav]=5a26638089e134b8ac39363fe249c5c93c50cd8bfdc9b2499ae61ec4a35e2fcb
  [asterisk-core-sounds-fr-wav]=8d4e1bc32ed5ba7fbda40841ca1825ed20cc6232724a473c90f8bb0e53e6073e
)
# RTTM label -> prompt directory inside the packages. Three different people (the directory names
# and debian/copyright name them): Allison Smith (en), Carlo Flora (it), June Wallack (fr).
# Never add asterisk-core-sounds-es here as a fourth voice: it is Allison Smith again.
declare -A VOICE_DIR=(
  [allison]=en_US_f_Allison
  [carlo]=it_IT_m_Carlo
  [june]=fr_CA_f_June
)
# The conversation, in order: "kind label prompt". kind is "turn" (takes the floor after a pause),
# "interrupt" (takes the floor by talking over the end of the previous turn) or "backchannel"
# (said during the current turn, which goes on).
TURNS=(
  "turn allison conf-getconfno"
  "turn carlo conf-getpin"
  "turn june confbridge-only-participant"
  "turn allison vm-nobodyavail"
  "turn carlo auth-incorrect"
  "backchannel june hello"
  "interrupt june dir-firstlast"
  "turn allison confbridge-rest-list-vol-in"
  "interrupt carlo conf-onlyperson"
  "turn june pbx-invalid"
  "backchannel carlo vm-no"
  "turn carlo confbridge-begin-glorious-a"
  "turn allison cannot-complete-as-dialed"
  "interrupt carlo vm-nobox"
  "backchannel allison auth-thankyou"
  "turn june conf-invalid"
  "interrupt allison goodbye"
)

DEBS=""
if [[ "${1:-}" == "--debs" ]]; then DEBS="$2"; fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DEBS="${DEBS:-$WORK/debs}"
mkdir -p "$DEBS" "$WORK/root" "$WORK/16k"

for pkg in "${!SHA256[@]}"; do
  deb="$DEBS/${pkg}_${VERSION}_all.deb"
  if [[ ! -f "$deb" ]]; then
    (cd "$DEBS" && apt-get download -q "$pkg=$VERSION")
  fi
  echo "${SHA256[$pkg]}  $deb" | sha256sum --check --quiet
  dpkg-deb -x "$deb" "$WORK/root"
done

# 8 kHz 16-bit prompts -> 16 kHz raw 32-bit float, high-quality sinc resampling, no dither.
LIST="$WORK/turns.txt"
: >"$LIST"
for entry in "${TURNS[@]}"; do
  read -r kind label prompt <<<"$entry"
  src="$WORK/root/usr/share/asterisk/sounds/${VOICE_DIR[$label]}/$prompt.wav"
  dst="$WORK/16k/$label-$prompt.f32"
  sox -D -V1 "$src" -t f32 -r 16000 -c 1 "$dst" rate -v
  echo "$kind $label $dst" >>"$LIST"
done

java "$HERE/MakeSample.java" "$LIST" "$HERE/conversation.wav" "$HERE/conversation.rttm"
