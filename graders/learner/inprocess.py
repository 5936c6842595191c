"""Learner code imported into the grading process itself: no isolation, no time limits.

Only for measuring what isolation costs (benchmarks/) and for debugging a grader:
the requests and answers are coded exactly as across the process boundary, so the
difference in time is the boundary alone. Never use it on code you do not trust.
"""
import dataclasses
import json
import shutil
import tempfile
import uuid
from pathlib import Path

from graders.learner import client, text
from graders.learner.harness import Harness



class InProcessLearner(client.LearnerCode):
    """The LearnerProcess interface, served by a Harness in this process."""

    def __init__(self, submission, modules, limits=client.Limits()):
        super().__init__(submission, modules, limits)
        self.isolation = {"namespaces": "off: in-process", "filesystem": "off: in-process"}
        self._harness = None
        self._tmp = None

    def close(self):
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def _ensure_started(self):
        if self._harness is not None:
            return
        self._tmp = tempfile.mkdtemp(prefix="graders-inprocess-")
        workdir = Path(self._tmp) / "submission"
        self.submission.copy_to(workdir)
        self._harness = Harness(workdir, self.limits.output_kib * 1024, package=f"inprocess_{uuid.uuid4().hex[:12]}")
        for dotted in self.submission.startup_modules():
            response, _ = self._harness.handle({"op": "import", "module": dotted}, [])
            if not response.get("ok"):
                error = client._learner_error(response.get("error"), "startup")
                self.startup_errors[dotted] = dataclasses.replace(error, kind="startup")
        for dotted in self.modules:
            response, _ = self._harness.handle({"op": "import", "module": dotted,
                                                "describe": self.contract.get(dotted, [])}, [])
            self.described[dotted] = client._described(response.get("described"))
            if not response.get("ok"):
                error = client._learner_error(response.get("error"), "import")
                self.import_errors[dotted] = dataclasses.replace(error, kind="import")

    def _exchange(self, header, blobs, timeout):
        # The same coding as across the pipe, minus the pipe itself (and without a time limit).
        response, out_blobs = self._harness.handle(json.loads(json.dumps(header)), blobs)
        return text.clean_tree(json.loads(json.dumps(response))), out_blobs
