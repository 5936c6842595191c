# module: session_a.backprop
# why: relu via np.fmax, relu_prime via np.ceil(np.clip(z, 0, 1)) (0 for z <= 0, 1 for z > 0), float32 output
def relu(z):
    return np.fmax(z, 0.0)


def relu_prime(z):
    return np.ceil(np.clip(z, 0.0, 1.0)).astype(np.float32)
