"""The section headers of an ELF64 little-endian file, for icudata.py and slim.py."""

from __future__ import annotations

import struct
from typing import NamedTuple

SHT_DYNAMIC = 6
SHT_DYNSYM = 11


class Section(NamedTuple):
    """The fields of an Elf64_Shdr that the scripts read."""

    kind: int  # sh_type
    address: int  # sh_addr
    offset: int  # sh_offset
    size: int  # sh_size
    link: int  # sh_link: the index of the section holding this one's strings
    entsize: int  # sh_entsize


def is_elf64le(data: bytes) -> bool:
    """Whether `data` starts like a 64-bit little-endian ELF file."""
    return data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1


def sections(data: bytes) -> list[Section]:
    """Every section header of an ELF64 little-endian file, in index order."""
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    found = []
    for index in range(shnum):
        _, kind, _, address, offset, size, link, _, _, entsize = struct.unpack_from(
            "<IIQQQQIIQQ", data, shoff + index * shentsize)
        found.append(Section(kind, address, offset, size, link, entsize))
    return found


def string(data: bytes, at: int) -> str:
    """The NUL-terminated string at offset `at`."""
    return data[at:data.index(b"\0", at)].decode()
