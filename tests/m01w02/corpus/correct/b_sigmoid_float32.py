# module: session_b.bce
# why: a stable sigmoid computed and returned in float32 (memory-minded learner); sigmoid_prime inherits float32
def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z))
    out = np.where(z >= 0, np.float32(1) / (1 + e), e / (1 + e))
    return out.astype(np.float32)[()]
