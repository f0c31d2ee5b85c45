"""Zip archives (EPUB, DOCX) read in memory, with limits against zip bombs."""

from __future__ import annotations

import io
import zipfile
import zlib

from ..decoding import LoadError

# Far more than any book chapter or Word document part; a member beyond this is hostile.
MAX_MEMBER_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024


def open_zip(data: bytes, name: str, kind: str) -> zipfile.ZipFile:
    """A zip archive over bytes in memory; LoadError when the bytes are not a zip."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise LoadError(f"{name} is not a valid {kind} file (it is not a readable zip archive)") from None
    total = sum(info.file_size for info in archive.infolist())
    if total > MAX_TOTAL_BYTES:
        raise LoadError(f"{name} unpacks to more than {MAX_TOTAL_BYTES // 2**20} MB and was refused")
    return archive


def read_member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    """The bytes of one archive member; LoadError when missing, damaged or too large."""
    try:
        info = archive.getinfo(member)
    except KeyError:
        raise LoadError(f"{name} is damaged: {member} is missing") from None
    if info.file_size > MAX_MEMBER_BYTES:
        raise LoadError(f"{name}: {member} is too large and was refused")
    try:
        with archive.open(info) as stream:
            # Read one byte past the limit: a forged size header must not let more through.
            data = stream.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError,
            NotImplementedError) as exc:
        raise LoadError(f"{name} is damaged: {member} cannot be read ({exc})") from None
    if len(data) > MAX_MEMBER_BYTES:
        raise LoadError(f"{name}: {member} is too large and was refused")
    return data
