"""The arrows between the server's packages: api → auth → domain → store, with
replication and watch subsystems that use the store, and a command line that is a
client only. Every import of a package's modules (at the top or inside a function)
is read from the source, so an arrow the wrong way fails here, not in review."""

import ast
import subprocess
import sys
from pathlib import Path

import imagegallery_server
import pytest

PACKAGE = Path(imagegallery_server.__file__).parent

# What each package may import from the others (besides itself and the standard
# library). The top-level modules that assemble the server (app, serve, config,
# testing) may import anything.
MAY_IMPORT = {
    "store": set(),
    "content": set(),
    "domain": {"store", "content", "clock"},
    "auth": {"domain", "store", "clock"},
    "watch": {"store", "clock"},
    "replication": {"store", "content", "clock"},
    "api": {"auth", "domain", "watch", "clock"},
    # The ARM REST front: it calls the gRPC API's handlers, handed to it at assembly.
    "arm": {"domain"},
    # A client of the server over gRPC; `imagegallery serve` is handed to the
    # server's own module, imported only to run it (test below).
    "cli": {"serve"},
}


def imported(path: Path) -> set[str]:
    """The server's packages and top-level modules that `path` imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
            if node.module == "imagegallery_server":
                modules = [f"imagegallery_server.{alias.name}" for alias in node.names]
        else:
            continue  # relative imports stay inside their package
        found |= {m.split(".")[1] for m in modules if m.startswith("imagegallery_server.")}
    return found


@pytest.mark.parametrize("package", sorted(MAY_IMPORT))
def test_each_package_imports_only_what_lies_below_it(package):
    wrong = {
        f"{path.relative_to(PACKAGE)} imports {other}"
        for path in sorted((PACKAGE / package).rglob("*.py"))
        for other in imported(path) - MAY_IMPORT[package] - {package}
    }
    assert not wrong


def test_the_reader_of_imports_sees_every_form(tmp_path):
    text = (
        "import imagegallery_server.store.records\n"
        "from imagegallery_server.watch.follow import Follow\n"
        "from imagegallery_server import api, clock\n"
        "def f():\n    from imagegallery_server.cli import main\n"
        "from .sibling import x\nimport json\n"
    )
    path = tmp_path / "sample.py"
    path.write_text(text)
    assert imported(path) == {"store", "watch", "api", "clock", "cli"}


def test_a_client_command_loads_nothing_of_the_server():
    probe = (
        "import sys\n"
        "from imagegallery_server import cli\n"
        "cli.build_parser().parse_args(['gallery', 'list', '-g', 'rg'])\n"
        "print(' '.join(m for m in sys.modules if m.startswith('imagegallery_server.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = done.stdout.split()
    assert loaded and all(m.startswith("imagegallery_server.cli") for m in loaded), loaded
