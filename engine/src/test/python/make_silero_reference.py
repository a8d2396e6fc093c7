#!/usr/bin/python3
"""Writes the Silero VAD v6.2 frame probabilities the Java parity test compares against.

Run from the repository root with Debian's python3 (torch 1.13):

    /usr/bin/python3 engine/src/test/python/make_silero_reference.py [../shared/models/silero-vad/silero_vad.jit]

The model is driven as silero's own get_speech_timestamps drives it: reset the state once, then call
model(chunk, 16000) on consecutive 512-sample chunks, the last one zero-padded; the model keeps its recurrent
state and the 64 samples of context between calls. Writes under engine/src/test/resources/vad/:
- silero-probs.npy: one probability per 32 ms frame of the committed 4 s speech snippet (125 frames);
- silero-probs-63000.npy: the same for its first 63000 samples (124 frames, the last one padded).
"""
import sys
from pathlib import Path

import numpy as np
import torch
import torchaudio

ROOT = Path(__file__).resolve().parents[4]
RESOURCES = ROOT / "engine" / "src" / "test" / "resources"
SNIPPET = RESOURCES / "speech" / "ami-sample-5.5s-4s.wav"
RATE, CHUNK = 16000, 512


@torch.no_grad()
def probabilities(model, audio: torch.Tensor) -> np.ndarray:
    model.reset_states()
    probs = []
    for start in range(0, len(audio), CHUNK):
        chunk = audio[start:start + CHUNK]
        if len(chunk) < CHUNK:
            chunk = torch.nn.functional.pad(chunk, (0, CHUNK - len(chunk)))
        probs.append(model(chunk, RATE).item())
    return np.asarray(probs, dtype="<f4")


def main() -> None:
    model_file = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "models" / "silero-vad" / "silero_vad.jit"
    torch.set_num_threads(1)
    model = torch.jit.load(str(model_file), map_location="cpu")
    model.eval()
    waveform, rate = torchaudio.load(str(SNIPPET))
    assert rate == RATE, rate
    audio = waveform[0]
    out = RESOURCES / "vad"
    out.mkdir(parents=True, exist_ok=True)
    for name, samples in (("silero-probs.npy", audio), ("silero-probs-63000.npy", audio[:63000])):
        probs = probabilities(model, samples)
        np.save(out / name, probs)
        print(f"{(out / name).relative_to(ROOT)}: {probs.shape}, {np.sum(probs >= 0.5)} frames >= 0.5")


if __name__ == "__main__":
    main()
