# module: session_b.train
# why: np.random.Generator(np.random.PCG64(seed)), standard normals shifted by np.repeat'ed centres, bool labels
def make_blobs(n=200, seed=0):
    rng = np.random.Generator(np.random.PCG64(seed))
    counts = [n // 2, n - n // 2]
    shift = np.repeat(np.array([[-2.0, -2.0], [2.0, 2.0]]), counts, axis=0)
    X = rng.standard_normal(size=(n, 2)) + shift
    y = np.arange(n) >= counts[0]  # False for class 0, True for class 1
    return X, y
