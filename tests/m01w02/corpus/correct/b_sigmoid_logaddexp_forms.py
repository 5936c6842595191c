# module: session_b.bce
# why: sigma(z) = exp(z - logaddexp(0, z)) and sigma' = exp(-softplus(z) - softplus(-z)), all in log space
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z - np.logaddexp(0.0, z))


def sigmoid_prime(z):
    z = np.asarray(z, dtype=float)
    return np.exp(-np.logaddexp(0.0, z) - np.logaddexp(0.0, -z))
