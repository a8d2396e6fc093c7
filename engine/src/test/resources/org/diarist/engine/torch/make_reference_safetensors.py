#!/usr/bin/python3
"""Writes reference.safetensors the way huggingface/safetensors' Python writer lays it out, without the library
(not installed here): 8-byte little-endian header size, compact JSON header sorted by dtype alignment then name,
padded with spaces to a multiple of 8, then the raw little-endian bytes. Run with Debian's /usr/bin/python3."""
import json
import struct

import numpy as np

tensors = {
    "weight": np.arange(6, dtype="<f4").reshape(2, 3) / 4 - 0.5,
    "counts": np.array([1, -2, 3_000_000_000], dtype="<i8"),
    "half": np.array([0.5, -1.25, 65504.0], dtype="<f2"),
    "scalar": np.array(3.25, dtype="<f8"),
}
names = {np.dtype("<f4"): "F32", np.dtype("<i8"): "I64", np.dtype("<f2"): "F16", np.dtype("<f8"): "F64"}

header = {"__metadata__": {"format": "pt", "written_by": "make_reference_safetensors.py"}}
# The reference writer orders tensors by descending alignment, then by name.
order = sorted(tensors, key=lambda k: (-tensors[k].dtype.itemsize, k))
offset = 0
for name in order:
    array = tensors[name]
    header[name] = {"dtype": names[array.dtype], "shape": list(array.shape),
                    "data_offsets": [offset, offset + array.nbytes]}
    offset += array.nbytes
text = json.dumps(header, separators=(",", ":")).encode()
text += b" " * (-len(text) % 8)
with open("reference.safetensors", "wb") as f:
    f.write(struct.pack("<Q", len(text)))
    f.write(text)
    for name in order:
        f.write(tensors[name].tobytes())
