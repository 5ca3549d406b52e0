#!/usr/bin/env python3
"""usage: make_inputs.py SAMPLES N DIR -- N copies of every .xls/.xlsx in SAMPLES, round robin, in a nested tree
DIR/县<k>/批<j>/<nnnnn>-<sample name> (200 files per 县, 5 批 each), so the batch walks folders as in real use."""
import os
import shutil
import sys

samples_dir, n, root = sys.argv[1], int(sys.argv[2]), sys.argv[3]
samples = sorted(os.path.join(samples_dir, f) for f in os.listdir(samples_dir)
                 if f.lower().endswith((".xls", ".xlsx")))
if os.path.exists(root):
    shutil.rmtree(root)
for i in range(n):
    s = samples[i % len(samples)]
    d = os.path.join(root, f"县{i // 200:02d}", f"批{i % 5}")
    os.makedirs(d, exist_ok=True)
    shutil.copyfile(s, os.path.join(d, f"{i:05d}-{os.path.basename(s)}"))
