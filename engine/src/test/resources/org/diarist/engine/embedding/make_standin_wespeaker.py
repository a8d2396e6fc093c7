#!/usr/bin/python3
"""Writes standin-wespeaker.pt: a tiny TorchScript module with WeSpeaker ResNet34's signature
(fbank [B, T, 80] -> embeddings [B, 256]), so the TorchScript embedding loader is tested without the real export
(which cannot be downloaded here). Also writes the expected output for a fixed input. Run with Debian's
/usr/bin/python3 (torch 1.13)."""
import torch


class StandIn(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv1d(80, 32, kernel_size=3, padding=1)
        self.proj = torch.nn.Linear(64, 256)

    def forward(self, feats: torch.Tensor) -> torch.Tensor:
        x = torch.relu(self.conv(feats.transpose(1, 2)))       # [B, 32, T]
        stats = torch.cat([x.mean(dim=2), x.std(dim=2, unbiased=False)], dim=1)
        return self.proj(stats)


torch.manual_seed(0)
model = torch.jit.script(StandIn().eval())
model.save("standin-wespeaker.pt")

# Reference: input[b, t, f] = sin(0.1 * (t + 1) * (f + 1) + b), B=2, T=50, mean-normalised over time as the
# loader does before calling the script; the expected rows are L2-normalised like Diarist's embeddings.
b, t, f = torch.meshgrid(torch.arange(2.0), torch.arange(50.0), torch.arange(80.0), indexing="ij")
feats = torch.sin(0.1 * (t + 1) * (f + 1) + b)
with torch.no_grad():
    out = model(feats - feats.mean(dim=1, keepdim=True))
    out = out / out.norm(dim=1, keepdim=True)
with open("standin-wespeaker.expected.txt", "w") as fh:
    for row in out:
        fh.write(" ".join("%.7g" % v for v in row.tolist()) + "\n")
