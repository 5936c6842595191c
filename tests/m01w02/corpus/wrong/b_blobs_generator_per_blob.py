# module: session_b.train
# check: session_b.make_blobs
# why: a fresh np.random.default_rng(seed) for each blob, against the TODO's "one generator": both blobs get the same noise, so row n//2 + i is row i shifted by (4, 4) and the two classes are not independent draws
def make_blobs(n=200, seed=0):
    n0 = n // 2
    X0 = np.random.default_rng(seed).normal(0.0, 1.0, size=(n0, 2)) - 2.0
    X1 = np.random.default_rng(seed).normal(0.0, 1.0, size=(n - n0, 2)) + 2.0
    X = np.vstack([X0, X1])
    y = np.concatenate([np.zeros(n0), np.ones(n - n0)])
    return X, y
