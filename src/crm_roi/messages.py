"""Dutch texts of the shared modules (errors, output files)."""

from __future__ import annotations

import errno

from crm_roi.limits import clipped


def located(message: str, *, path: str | None, line: int | None, question_id: str | None) -> str:
    """`pad, regel 12: vraag 'x': bericht` with the parts that are known."""
    parts = []
    if path is not None:
        parts.append(f"{path}, regel {line}" if line is not None else path)
    if question_id is not None:
        parts.append(f"vraag '{clipped(question_id)}'")
    return ": ".join([*parts, message])


TARGET_KINDS = {
    "folder": "een map",
    "pipe": "een pipe (FIFO)",
    "device": "een apparaat",
    "socket": "een socket",
    "other": "geen gewoon bestand",
}


def not_a_regular_file(kind: str) -> str:
    """Why an output is not written there: what is there instead."""
    return f"dat is {TARGET_KINDS.get(kind, TARGET_KINDS['other'])}, geen gewoon bestand"


_OS_REASONS: dict[int, str] = {
    errno.ENOENT: "het bestand of de map bestaat niet",
    errno.EACCES: "geen toestemming",
    errno.EPERM: "dat is niet toegestaan",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.EISDIR: "dat is een map",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EEXIST: "er staat al iets met die naam",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EIO: "een lees- of schrijffout van de schijf",
    errno.EMFILE: "te veel bestanden tegelijk open",
    errno.ENFILE: "te veel bestanden tegelijk open",
    errno.EBUSY: "het bestand is in gebruik",
    errno.ETXTBSY: "het bestand is in gebruik",
    errno.ELOOP: "te veel symbolische koppelingen achter elkaar",
    errno.EFBIG: "het bestand wordt te groot",
    errno.EINVAL: "ongeldige bestandsnaam of bewerking",
    errno.EPIPE: "de ontvanger van de uitvoer is gestopt",
}
if hasattr(errno, "EDQUOT"):
    _OS_REASONS[errno.EDQUOT] = "uw schijfruimte (quotum) is op"


def os_reason(error: OSError) -> str:
    """Why the operating system refused, in Dutch (`errno` when we have no words for it)."""
    kind = getattr(error, "kind", None)
    if isinstance(kind, str):  # crm_roi.output_files.NotARegularFileError
        return not_a_regular_file(kind)
    if error.errno in _OS_REASONS:
        return _OS_REASONS[error.errno]
    name = errno.errorcode.get(error.errno or 0)
    return f"systeemfout {name}" if name else "onbekende systeemfout"
