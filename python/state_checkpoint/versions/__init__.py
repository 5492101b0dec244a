"""One module per format version, vN.py after the version's schema file (schemas/vN.schema.json): RULES, its named
consistency rules (a newer version spreads the previous version's dict and adds, replaces or drops rules by name), and
STEP, its migration step from the previous version (None for the first). _format.py finds them through the generated
version table."""
