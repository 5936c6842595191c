# module: session_a.backprop
# why: relu via np.clip(z, 0, None); relu_prime via np.where giving an int array
def relu(z):
    return np.clip(z, 0, None)


def relu_prime(z):
    return np.where(np.asarray(z) > 0, 1, 0)
