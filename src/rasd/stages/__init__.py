"""Pipeline stages: one module each, each exposing `SPEC` (see rasd.registry)."""
