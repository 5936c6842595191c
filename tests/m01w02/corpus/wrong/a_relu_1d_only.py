# module: session_a.backprop
# check: session_a.relu
# says: `relu` raised|has shape
# why: a Python loop over z: right for a 1-D array, but it raises for a 2-D array or a plain number (relu is elementwise for any shape)
def relu(z):
    return np.array([max(0.0, v) for v in z])
