# base: references
# module: session_b.train
# fails: session_b.make_blobs
# says: wrote more than learner code may write in total
# Writes many files below the per-file limit: 1.2 GB in total unless the total is bounded.
_original = make_blobs


def make_blobs(n=200, seed=0):
    for i in range(20):
        with open(f"filler_{i}.bin", "wb") as f:
            for _ in range(60):
                f.write(b"\0" * 2**20)
    return _original(n, seed)
