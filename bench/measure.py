#!/usr/bin/env python3
"""usage: measure.py LABEL CMD... -- runs CMD, prints one line
   LABEL wall_s=.. cpu_s=.. peak_rss_mb=.. exit=..
wall: elapsed; cpu: user+sys of CMD and every descendant it waited for (os.wait4 rusage); peak_rss_mb: the
highest sum of VmRSS over CMD's process tree, polled every 50 ms from /proc (so a multi-process peer is counted
whole, unlike /usr/bin/time's ru_maxrss which is the largest single process). CMD's stdout goes to stderr."""
import os
import subprocess
import sys
import time


def tree(root):
    kids = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                kids.setdefault(ppid, []).append(int(pid))
            except (OSError, IndexError, ValueError):
                pass
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


label, cmd = sys.argv[1], sys.argv[2:]
start = time.monotonic()
proc = subprocess.Popen(cmd, stdout=sys.stderr)
peak = 0
while True:
    pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
    if pid:
        break
    peak = max(peak, sum(rss_kb(p) for p in tree(proc.pid)))
    time.sleep(0.05)
wall = time.monotonic() - start
code = os.waitstatus_to_exitcode(status)
print(f"{label} wall_s={wall:.2f} cpu_s={usage.ru_utime + usage.ru_stime:.2f} "
      f"peak_rss_mb={max(peak, usage.ru_maxrss) / 1024:.0f} exit={code}", flush=True)
