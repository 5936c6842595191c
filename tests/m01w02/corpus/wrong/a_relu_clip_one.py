# module: session_a.backprop
# check: session_a.relu
# why: np.clip(z, 0, 1), a hard-sigmoid-like clip: ReLU has no upper bound, so values above 1 come out wrong
def relu(z):
    return np.clip(z, 0, 1)
