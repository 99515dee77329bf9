"""PyInstaller entry point: the same as ``python -m app`` (GUI without arguments, else the CLI)."""

from app.__main__ import main

if __name__ == "__main__":
    main()
