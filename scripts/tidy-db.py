"""The compile database clang-tidy reads (scripts/check-tidy.sh): the build's, with GCC's precompiled headers
(-include .../cmake_pch.hxx, whose .gch clang 14 would try and refuse) swapped for a clang PCH of the same header
built with the same target's flags, or, where that cannot be built, dropped so the unit parses its own includes."""
import json
import os
import re
import shlex
import subprocess
import sys

source, target_dir, unit_regex = sys.argv[1], os.path.abspath(sys.argv[2]), re.compile(sys.argv[3])
entries = json.load(open(source))
include = re.compile(r" -include (\S*/cmake_pch\.hxx)")
pchs = {}


def clang_pch(entry, header):
    """Builds the clang PCH of one target's header from one of its units' commands; None when clang refuses."""
    out = os.path.join(target_dir, "pch", header.strip("/").replace("/", "_") + ".pch")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    words = shlex.split(entry["command"])
    while words and not words[0].startswith("-"):  # the launcher (ccache) and the compiler
        words.pop(0)
    args, skip = [], False
    for arg in words:
        if skip:
            skip = False
        elif arg in ("-o", "-c", "-MT", "-MF", "-include"):
            skip = True
        elif arg not in ("-MD", "-Winvalid-pch", "-Werror"):
            args.append(arg)
    # The header begins with `#pragma GCC system_header`, which clang only accepts in an included file.
    command = ["clang++-14", *args, "-Wno-pragma-system-header-outside-header", "-x", "c++-header", header,
               "-Xclang", "-emit-pch", "-o", out]
    done = subprocess.run(command, cwd=entry["directory"], capture_output=True, text=True)
    if done.returncode != 0:
        print(f"clang-tidy: no clang PCH for {header}, its units parse their own includes:\n{done.stderr[-600:]}",
              file=sys.stderr)
        return None
    return out


for entry in entries:
    found = include.search(entry["command"])
    if not found:
        continue
    header = found.group(1)
    if header not in pchs and unit_regex.search(entry["file"]):
        pchs[header] = clang_pch(entry, header)
    pch = pchs.get(header)
    command = entry["command"].replace(" -Winvalid-pch", "")
    entry["command"] = command.replace(found.group(0), f" -include-pch {pch}" if pch else "")
json.dump(entries, open(os.path.join(target_dir, "compile_commands.json"), "w"), indent=1)
