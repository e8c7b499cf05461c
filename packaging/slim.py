"""Leaving out the shared libraries nothing in the Linux bundle links (the spec calls this).

PyInstaller collects, beside each library it bundles, the system libraries that library
needs, found with ldd on the build machine. Some of those libraries are needed only by
plugins the spec then drops by name (the GTK theme, the GLX integration, the TIFF and WebP
image formats), so they stay behind, loaded by nothing: GIO and its mount, SELinux and
GObject libraries, libXext, libXrender, libXdmcp, the system libjpeg, libxcb-glx,
libcom_err, libkeyutils. `unreferenced()` finds them by reading each kept ELF file's
DT_NEEDED entries: a system library (one PyInstaller put at the top of `_internal`) that no
kept program, extension, Qt library or plugin needs, directly or through another library,
is left out. Libraries loaded by name at run time (dlopen) are not in DT_NEEDED: every one
left out was checked not to be named in any bundled file (see packaging/README.md), and
`KEEP` holds any that must stay although nothing links them.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from pathlib import Path

import elf64

# Libraries to keep even when no bundled file links them (none so far).
KEEP: set[str] = set()

# Libraries taken from the system although bundled files link them: the C++ runtime. The
# bundle needs a glibc no older than the build machine's (build on the oldest distribution
# supported), and every such distribution carries a libstdc++ and libgcc_s at least as new
# as the build machine's (Debian's apt, Fedora's dnf and openSUSE's zypper are C++ programs;
# libgcc_s is part of glibc's runtime). A bundled copy, older than the system's, could only
# get in the way of system libraries that need a newer one.
FROM_THE_SYSTEM = {
    "libstdc++.so.6", "libgcc_s.so.1", "libdbus-1.so.3", "libglib-2.0.so.0", "libgthread-2.0.so.0",
}
# libdbus-1 (Qt's D-Bus link to the desktop: portals, accessibility, notifications) is the
# client half of the desktop's own message bus, so every desktop that has a bus to talk to has
# it, and the system's copy is the one that matches its daemon. A bundled copy brought the
# build machine's libsystemd with it, and that brought libgcrypt, liblz4, libgpg-error and
# libcap (2.8 MB) which nothing else in the bundle needs. GLib (Qt's event loop on Linux
# dispatches through it) is on every Linux desktop, GNOME's and KDE's alike, and keeps its
# ABI from release to release: the system's copy, not the build machine's older one, with
# the PCRE2 library only it needed.


def needed(path: Path) -> list[str]:
    """The DT_NEEDED sonames of an ELF64 little-endian file ([] for anything else)."""
    data = path.read_bytes()
    if not elf64.is_elf64le(data):
        return []
    sections = elf64.sections(data)
    names = []
    for dynamic in sections:
        if dynamic.kind != elf64.SHT_DYNAMIC:
            continue
        strtab = sections[dynamic.link].offset
        for at in range(dynamic.offset, dynamic.offset + dynamic.size, 16):
            tag, value = struct.unpack_from("<qQ", data, at)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                names.append(elf64.string(data, strtab + value))
    return names


def is_system_library(dest: str) -> bool:
    """A library PyInstaller found on the system: at the top of _internal, not libpython."""
    dest = dest.replace("\\", "/")
    return "/" not in dest and ".so" in dest and not dest.startswith("libpython")


def unreferenced(entries: Iterable[tuple[str, str, str]]) -> set[str]:
    """The destinations of the system libraries that no other kept binary needs."""
    entries = list(entries)
    by_name = {Path(dest).name: (dest, source) for dest, source, _ in entries}
    roots = [(dest, source) for dest, source, _ in entries if not is_system_library(dest)]
    reached: set[str] = set()
    todo = list(roots)
    while todo:
        dest, source = todo.pop()
        for name in needed(Path(source)):
            if name in by_name and name not in reached:
                reached.add(name)
                todo.append(by_name[name])
    return {dest for dest, _, _ in entries
            if is_system_library(dest) and Path(dest).name not in reached | KEEP}
