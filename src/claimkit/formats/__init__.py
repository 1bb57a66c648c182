"""claimkit's built-in formats, one module per format.

Each module is a plugin: it implements ``register_loaders`` and/or
``register_exporters`` exactly as a third-party plugin would.
"""
