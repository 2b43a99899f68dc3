"""Icons, stylesheet, Word reference template and demo data, installed with the code."""
