"""Writes a stand-in TorchScript segmentation model with the contract of an exported pyannote
segmentation-3.0 ([batch, 1, 160000] waveform -> [batch, 589, 7] powerset log-probabilities) and the
output it gives on a fixed input, so the Java loader can be tested without the real (gated) model.

Run with Debian's /usr/bin/python3 (python3-torch) from the repository root:
    /usr/bin/python3 engine/src/test/python/make_standin_segmentation.py
"""
import math
import pathlib

import torch

OUT = pathlib.Path("engine/src/test/resources/org/diarist/engine/segmentation")


class StandinSegmentation(torch.nn.Module):
    def __init__(self):
        super().__init__()
        # One frame per 270 samples over a 991-sample field: the frame grid of segmentation-3.0.
        self.frames = torch.nn.Conv1d(1, 7, kernel_size=991, stride=270)

    def forward(self, waveforms: torch.Tensor) -> torch.Tensor:
        return torch.log_softmax(self.frames(waveforms).transpose(1, 2), dim=-1)


def fixed_input() -> torch.Tensor:
    # Computed in double precision and rounded once, as the Java test does, so both sides see the same samples.
    t = torch.arange(160000, dtype=torch.float64) / 16000.0
    first = 0.3 * torch.sin(2 * math.pi * 220.0 * t)
    second = 0.3 * torch.sin(2 * math.pi * 440.0 * t) * (t > 5.0).double()
    return torch.stack([first, second]).unsqueeze(1).float()


def main():
    torch.manual_seed(0)
    model = StandinSegmentation().eval()
    scripted = torch.jit.script(model)
    OUT.mkdir(parents=True, exist_ok=True)
    scripted.save(str(OUT / "standin-segmentation.pt"))
    with torch.no_grad():
        output = model(fixed_input())
    # Frames 0, 100 and 588 of both windows, one line per (window, frame): 7 log-probabilities.
    with open(OUT / "standin-segmentation.expected.txt", "w") as f:
        for window in range(2):
            for frame in (0, 100, 588):
                values = " ".join(f"{v:.7f}" for v in output[window, frame].tolist())
                f.write(f"{window} {frame} {values}\n")


if __name__ == "__main__":
    main()
