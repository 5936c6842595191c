# base: stubs
# module: session_b.train
# fails: all
def make_blobs(n=200, seed=0):
    nested = []
    for _ in range(10_000):
        nested = [nested]
    return nested, [[0.0] * 1000] * 1000
