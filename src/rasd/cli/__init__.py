"""The `rasd` command line: one module per command group, each a thin shell over the API."""
