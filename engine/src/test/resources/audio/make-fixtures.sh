#!/usr/bin/env bash
# Regenerates the tiny encoded test fixtures in this folder with the ffmpeg command-line tool (Debian's ffmpeg 5.1
# made the committed ones). Every file holds lavfi's synthetic sines (amplitude 1/8): the tests know what to expect.
#   tone.*        0.5 s, left 440 Hz, right 1000 Hz (stereo where the codec keeps it), so the down-mix shows
#   video.mp4     a 0.5 s 16x16 H.264 video with the same stereo tone as AAC: the audio track of a video
#   silent-video.mp4  the same video without audio: "no audio stream"
#   empty.flac    a FLAC header with no samples: "contains no audio samples"
set -euo pipefail
cd "$(dirname "$0")"
ff() { ffmpeg -hide_banner -loglevel error -y -nostdin "$@"; }
stereo() { # RATE: 0.5 s stereo tone at RATE
  echo "sine=frequency=440:sample_rate=$1:duration=0.5[l];sine=frequency=1000:sample_rate=$1:duration=0.5[r];[l][r]join=inputs=2:channel_layout=stereo[a]"
}
export LC_ALL=C
ff -filter_complex "$(stereo 22050)" -map '[a]' -c:a flac -compression_level 12 -fflags +bitexact tone.flac
ff -filter_complex "$(stereo 44100)" -map '[a]' -c:a libmp3lame -b:a 32k -fflags +bitexact tone.mp3
ff -filter_complex "$(stereo 48000)" -map '[a]' -c:a libopus -b:a 24k -fflags +bitexact tone.opus
ff -filter_complex "$(stereo 22050)" -map '[a]' -c:a libvorbis -q:a 0 -fflags +bitexact tone.ogg
ff -filter_complex "$(stereo 32000)" -map '[a]' -c:a aac -b:a 32k -fflags +bitexact tone.m4a
ff -f lavfi -i "color=c=gray:size=16x16:rate=5:duration=0.5" -filter_complex "$(stereo 44100)" -map 0:v -map '[a]' \
   -c:v libx264 -preset ultrafast -crf 51 -pix_fmt yuv420p -c:a aac -b:a 24k -fflags +bitexact video.mp4
ff -f lavfi -i "color=c=gray:size=16x16:rate=5:duration=0.5" -c:v libx264 -preset ultrafast -crf 51 \
   -pix_fmt yuv420p -fflags +bitexact silent-video.mp4
ff -f lavfi -i "anullsrc=r=16000:cl=mono" -t 0 -c:a flac -fflags +bitexact empty.flac
# Keep only the marker and STREAMINFO (flagged as the last metadata block): drops 8 KB of padding.
head -c 42 empty.flac > empty.tmp && printf '\x80' | dd of=empty.tmp bs=1 seek=4 conv=notrunc status=none
mv empty.tmp empty.flac
ls -l
