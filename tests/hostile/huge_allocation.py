# base: references
# module: session_b.train
# fails: session_b.gradients
# says: used more than \d+ MiB|ended while it ran
def gradients(X, y, w, b):
    waste = np.ones(50 * 10**9 // 8)  # 50 GB
    return waste, 0.0
