"""One error hierarchy for the whole package.

Every error says what failed and where (file, line, value). The CLI maps the
classes to stable exit codes; library code only raises.

>>> err = InputError("bad rule", where="rules.jsonl:3")
>>> str(err)
'rules.jsonl:3: bad rule'
>>> err.exit_code
2
"""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 3

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InputError(KgError):
    """Bad input: a malformed file, an unknown format, an invalid option value."""

    exit_code = 2


class ConfigError(InputError):
    """An invalid configuration value; names the key, the value and what is allowed."""


class RuleError(InputError):
    """A rule or gazetteer entry that does not validate; names its file and id."""


class QueryError(InputError):
    """A SPARQL query that does not parse or cannot run."""


class StoreError(KgError):
    """A triple store could not be reached or refused the data."""

    exit_code = 2


class NotBuiltError(InputError):
    """A command needs a build that is not there."""


class NonConformantError(KgError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = 1


class SkippedInputs(KgError):
    """Some inputs were skipped; the rest was built. Carries the per-file reasons."""

    exit_code = 2

    def __init__(self, skipped: list[tuple[str, str]]) -> None:
        self.skipped = skipped
        lines = "; ".join(f"{path}: {why}" for path, why in skipped)
        super().__init__(f"{len(skipped)} input(s) skipped: {lines}")
