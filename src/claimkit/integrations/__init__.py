"""Optional integrations with other tools, each behind an extra (``claimkit[dask]``)."""
