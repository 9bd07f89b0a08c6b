"""`python -m tacitus` runs the command line."""
from .cli import run

run()
