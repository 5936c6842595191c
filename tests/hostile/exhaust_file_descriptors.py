# base: references
# module: session_b.train
# fails: session_b.make_blobs
# says: raised OSError
def make_blobs(n=200, seed=0):
    handles = [open("/dev/null") for _ in range(100_000)]
    return handles
