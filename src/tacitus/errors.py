"""The exception tree. Every error Tacitus raises on purpose is a TacitusError.

Each class carries the process exit code the command line turns it into.
"""
from __future__ import annotations


class TacitusError(Exception):
    """Base of every Tacitus error; its message says what to do."""

    exit_code = 1


class InputError(TacitusError):
    """An input file or record cannot be read (wrong format, encoding, missing date...)."""

    exit_code = 2


class ModelError(TacitusError):
    """The spaCy pipeline cannot be loaded."""

    exit_code = 3


class StoreError(TacitusError):
    """The database cannot be opened, migrated or written."""

    exit_code = 4


class GoldError(InputError):
    """A gold file for `tacitus evaluate` is malformed."""


class ConfigError(TacitusError):
    """The pipeline configuration is wrong (an unknown component, a stage out of order)."""

    exit_code = 2
