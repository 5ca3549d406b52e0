#!/usr/bin/env python3
"""The openpyxl peer for bench/run.sh: the floor's load-read-save with openpyxl, .xlsx only.

usage: peer_openpyxl.py IN OUT PROCESSES   -> prints "files=N cells=C ms=M"
Each worker process opens a workbook, reads every cell's value, sets one cell and saves it under OUT at the same
relative path (openpyxl cannot read .xls, so those are skipped and not counted).
"""
import multiprocessing
import os
import sys
import time

import openpyxl


def one(job):
    src, dst = job
    wb = openpyxl.load_workbook(src)
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                _ = cell.value
                cells += 1
    wb.worksheets[0].cell(row=1, column=1).value = "floor"
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    tmp = dst + ".tmp"
    wb.save(tmp)
    os.replace(tmp, dst)
    return cells


def main():
    src_root, dst_root, procs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    start = time.monotonic()
    jobs = []
    for d, _, names in os.walk(src_root):
        for n in sorted(names):
            if n.lower().endswith(".xlsx"):
                p = os.path.join(d, n)
                jobs.append((p, os.path.join(dst_root, os.path.relpath(p, src_root))))
    jobs.sort()
    with multiprocessing.Pool(procs) as pool:
        cells = sum(pool.imap(one, jobs, chunksize=8))
    ms = int((time.monotonic() - start) * 1000)
    print(f"files={len(jobs)} cells={cells} ms={ms}")


if __name__ == "__main__":
    main()
