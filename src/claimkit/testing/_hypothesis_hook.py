"""The function hypothesis calls at start-up through claimkit's ``hypothesis`` entry point.

``pyproject.toml`` declares::

    [project.entry-points.hypothesis]
    claimkit = "claimkit.testing._hypothesis_hook:_hypothesis_setup_hook"

so wherever claimkit is installed, ``import hypothesis`` registers claimkit's strategies
and ``st.from_type(claimkit.Claim)`` works without importing :mod:`claimkit.testing`.
Set ``HYPOTHESIS_NO_PLUGINS=1`` to turn this off.
"""

from __future__ import annotations

import sys
import warnings


def _hypothesis_setup_hook() -> None:
    """Register claimkit's strategies with hypothesis (a broken install only warns)."""
    if "claimkit.testing.strategies" in sys.modules:
        return  # imported already, or being imported: claimkit.testing registers them
    try:
        from claimkit.testing.strategies import register_strategies

        register_strategies()
    except Exception as error:  # never break hypothesis for unrelated projects
        warnings.warn(
            f"claimkit could not register its hypothesis strategies: {error}",
            RuntimeWarning,
            stacklevel=2,
        )
