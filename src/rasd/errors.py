"""The exception tree, in one place.

RasdError
├── InputError     a document or file that cannot be read (names the file and line)
├── ConfigError    a configuration file or option that does not validate
├── ResourceError  a language resource or artefact that is missing or malformed
├── StageError     a pipeline stage failed on one document (names stage and doc_id)
├── StoreError     the event store refused an operation
└── ExportError    an export that cannot be written (rasd.export)
"""

from __future__ import annotations


class RasdError(Exception):
    """Base of every error rasd raises on purpose."""


class InputError(RasdError):
    """A source that cannot be turned into a document.

    `path` and `line` (1-based, for JSONL) say where; the message says what is wrong
    and, where possible, what to do about it.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        self.reason = message
        where = self.origin()
        super().__init__(f"{where}: {message}")

    def origin(self, default: str = "<input>") -> str:
        """Where the error is: "path", or "path:line" for a line of a file."""
        where = self.path or default
        return where if self.line is None else f"{where}:{self.line}"


class ConfigError(RasdError):
    """A configuration value that does not validate."""


class ResourceError(RasdError):
    """A language resource file that is missing or malformed."""

    def __init__(self, message: str, *, resource: str | None = None):
        self.resource = resource
        super().__init__(f"{resource}: {message}" if resource else message)


class StageError(RasdError):
    """A stage failed on one document; the batch goes on without it."""

    def __init__(self, message: str, *, stage: str, doc_id: str | None = None):
        self.stage = stage
        self.doc_id = doc_id
        super().__init__(f"stage {stage} failed on document {doc_id}: {message}")


class StoreError(RasdError):
    """The event store refused an operation."""
