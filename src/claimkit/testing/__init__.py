"""Tools for testing claimkit and its plugins: hypothesis strategies and a conformance kit.

This module needs `hypothesis <https://hypothesis.readthedocs.io>`_, installed with the
``testing`` extra (``pip install 'claimkit[testing]'``).

* :mod:`claimkit.testing.strategies`: strategies for every model class, with hostile
  text (any Unicode, NULs, quotes, newlines, right-to-left text, spreadsheet formulas,
  very long strings).  Importing :mod:`claimkit.testing` registers them with
  :func:`hypothesis.strategies.register_type_strategy`, so ``st.from_type(claimkit.Claim)``
  works; hypothesis also registers them at its own start-up through claimkit's
  ``hypothesis`` entry point.
* :mod:`claimkit.testing.conformance`: checks that a loader, exporter or extractor keeps
  claimkit's contract, as functions and as pytest base classes
  (:class:`LoaderContract`, :class:`ExporterContract`, :class:`ExtractorContract`).
* :func:`plugin_registered`: register a plugin for the duration of a ``with`` block.

Example:
    >>> from claimkit.testing import ExporterContract, claims_only
    >>> class TestCsv(ExporterContract):
    ...     exporter = "csv"
    ...     loader = "csv"
    ...     subset = staticmethod(claims_only)
"""

from __future__ import annotations

from claimkit.plugins import plugin_registered
from claimkit.testing import strategies
from claimkit.testing.conformance import (
    BINARY_SAMPLE,
    SAMPLE_TEXTS,
    ConformanceError,
    ExporterContract,
    ExtractorContract,
    LoaderContract,
    check_chosen_for_extensions,
    check_dump_stable,
    check_extractor,
    check_extractor_across_processes,
    check_extractor_fuzz,
    check_linking_in_parts,
    check_loader_bad_inputs,
    check_loader_file_fuzz,
    check_loader_fuzz,
    check_rejects,
    check_robust,
    check_robust_files,
    check_round_trip,
    check_round_trip_property,
    check_spans_inside,
    check_yields_records,
    claims_only,
    mutations,
    truncations,
    whole_corpus,
)
from claimkit.testing.strategies import register_strategies

__all__ = [
    "BINARY_SAMPLE",
    "SAMPLE_TEXTS",
    "ConformanceError",
    "ExporterContract",
    "ExtractorContract",
    "LoaderContract",
    "check_dump_stable",
    "check_extractor",
    "check_extractor_across_processes",
    "check_extractor_fuzz",
    "check_linking_in_parts",
    "check_loader_bad_inputs",
    "check_loader_file_fuzz",
    "check_loader_fuzz",
    "check_rejects",
    "check_robust",
    "check_chosen_for_extensions",
    "check_robust_files",
    "check_round_trip",
    "check_round_trip_property",
    "check_spans_inside",
    "check_yields_records",
    "claims_only",
    "mutations",
    "plugin_registered",
    "register_strategies",
    "strategies",
    "truncations",
    "whole_corpus",
]

register_strategies()
