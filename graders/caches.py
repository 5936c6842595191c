"""Keep the caches of the libraries we start inside the checkout, not in the learner's home.

matplotlib writes a font cache, IPython a profile and Jupyter its kernels' connection
files under ~/ by default. In a cloned repository they go to .cache/ beside exercises/
instead (git ignores it), so grading leaves nothing outside the repository but the
recall attempts. A variable the user has set wins; an installed copy changes nothing.
"""
import os

from graders import REPO
LOCATIONS = {"MPLCONFIGDIR": "matplotlib", "IPYTHONDIR": "ipython", "JUPYTER_RUNTIME_DIR": "jupyter-runtime"}


def keep_in_repo():
    """Point the caches at <repo>/.cache when running from a writable checkout."""
    if not ((REPO / "pyproject.toml").is_file() and (REPO / "exercises").is_dir() and os.access(REPO, os.W_OK)):
        return
    for variable, folder in LOCATIONS.items():
        if not os.environ.get(variable):
            os.environ[variable] = str(REPO / ".cache" / folder)
