#!/usr/bin/python3
"""Writes the committed test input and the fbank reference arrays the Java parity test compares against.

Run from the repository root with Debian's python3 (torch 1.13, torchaudio 0.13):

    /usr/bin/python3 engine/src/test/python/make_fbank_reference.py [../shared/data/ami/sample.flac]

1. Cuts 4 s of real two-speaker speech (5.5 s to 9.5 s, silence then two turns) from the AMI sample and
   writes it as 16-bit mono WAV: engine/src/test/resources/speech/ami-sample-5.5s-4s.wav.
2. Reads that WAV back (so the reference sees exactly the committed 16-bit samples) and writes
   torchaudio.compliance.kaldi.fbank outputs as float32 .npy files under engine/src/test/resources/features/.
   torchaudio runs in float64 here: in float32 its own result strays up to ~1.2e-3 from the float64 one on
   this audio (FFT rounding in low-energy bins), so a float32 reference would measure rounding noise, not parity.
   - fbank-povey.npy: torchaudio's defaults (povey window) with 80 bins, waveform scaled by 32768;
   - fbank-wespeaker.npy: what WeSpeaker feeds its ResNets (hamming window, 80 bins, x32768, dither 0,
     then per-utterance mean normalisation);
   - fbank-povey-batch.npy: the povey variant on three 1 s crops (0-1 s, 1.5-2.5 s, 3-4 s) stacked [3, 98, 80].
"""
import sys
from pathlib import Path

import numpy as np
import torch
import torchaudio
import torchaudio.compliance.kaldi as kaldi

ROOT = Path(__file__).resolve().parents[4]
RESOURCES = ROOT / "engine" / "src" / "test" / "resources"
SNIPPET = RESOURCES / "speech" / "ami-sample-5.5s-4s.wav"
START_S, DURATION_S, RATE = 5.5, 4.0, 16000


def write_snippet(source: Path) -> None:
    waveform, rate = torchaudio.load(str(source))
    assert rate == RATE, rate
    start = int(START_S * RATE)
    cut = waveform[:, start:start + int(DURATION_S * RATE)]
    SNIPPET.parent.mkdir(parents=True, exist_ok=True)
    torchaudio.save(str(SNIPPET), cut, RATE, encoding="PCM_S", bits_per_sample=16)


def povey(waveform: torch.Tensor) -> torch.Tensor:
    return kaldi.fbank(waveform * 32768.0, num_mel_bins=80, dither=0.0, sample_frequency=RATE)


def wespeaker(waveform: torch.Tensor) -> torch.Tensor:
    feats = kaldi.fbank(waveform * 32768.0, num_mel_bins=80, frame_length=25, frame_shift=10, dither=0.0,
                        sample_frequency=RATE, window_type="hamming", use_energy=False)
    return feats - feats.mean(dim=0)


def save(name: str, array: torch.Tensor) -> None:
    out = RESOURCES / "features" / name
    out.parent.mkdir(parents=True, exist_ok=True)
    np.save(out, array.numpy().astype("<f4"))  # float64 values rounded once to float32
    print(f"{out.relative_to(ROOT)}: {tuple(array.shape)}")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "ami" / "sample.flac"
    if source.exists():
        write_snippet(source)
    elif not SNIPPET.exists():
        sys.exit(f"{source}: not found, and no committed snippet to fall back on")
    waveform, rate = torchaudio.load(str(SNIPPET))  # float in [-1, 1), as the Java decoder gives
    assert rate == RATE and waveform.shape == (1, int(DURATION_S * RATE)), waveform.shape
    waveform = waveform.double()
    save("fbank-povey.npy", povey(waveform))
    save("fbank-wespeaker.npy", wespeaker(waveform))
    crops = [waveform[:, int(s * RATE):int(s * RATE) + RATE] for s in (0.0, 1.5, 3.0)]
    save("fbank-povey-batch.npy", torch.stack([povey(c) for c in crops]))


if __name__ == "__main__":
    main()
