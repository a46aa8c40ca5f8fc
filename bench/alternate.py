#!/usr/bin/env python3
"""Times whole commands taking turns, so that each round runs every command under the same load.

Usage: bench/alternate.py ROUNDS COMMAND...   (each COMMAND is one shell command line)
Runs two warm-up rounds, then ROUNDS rounds of every command in order, and prints each command's median wall
time with its quartiles and its median CPU time (user + system, children included). On a noisy machine
compare the commands within one call, never across calls.
"""
import os
import statistics
import subprocess
import sys
import time

WARM_UP_ROUNDS = 2


def run(command):
    start = time.perf_counter()
    process = subprocess.Popen(["sh", "-c", command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return (time.perf_counter() - start) * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 2:
        sys.exit(__doc__)
    rounds, commands = int(sys.argv[1]), sys.argv[2:]
    wall = [[] for _ in commands]
    cpu = [[] for _ in commands]
    for round_number in range(WARM_UP_ROUNDS + rounds):
        for i, command in enumerate(commands):
            w, c = run(command)
            if round_number >= WARM_UP_ROUNDS:
                wall[i].append(w)
                cpu[i].append(c)
    first = statistics.median(wall[0])
    for i, command in enumerate(commands):
        q1, _, q3 = statistics.quantiles(wall[i], n=4)
        print(f"{statistics.median(wall[i]):7.0f} ms wall (quartiles {q1:.0f} - {q3:.0f}), "
              f"{statistics.median(cpu[i]):6.0f} ms CPU, {statistics.median(wall[i]) / first:4.2f} x the first: {command}")


if __name__ == "__main__":
    main()
