"""Optional integrations with other tools, each behind an extra.

``claimkit[dask]`` (:mod:`claimkit.integrations.dask`) and ``claimkit[pandas]``
(:mod:`claimkit.integrations.pandas`).
"""
