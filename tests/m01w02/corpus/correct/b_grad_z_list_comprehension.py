# module: session_b.bce
# why: dL/dz per example from a list comprehension over zip(z, y), written as (1 - y)*sigma(z) - y*sigma(-z)
def bce_grad_z(z, y):
    return np.array([(1 - t) * sigmoid(v) - t * sigmoid(-v) for v, t in zip(z, y)])
