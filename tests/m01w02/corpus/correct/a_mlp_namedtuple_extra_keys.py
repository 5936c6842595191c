# module: session_a.backprop
# why: mlp_forward returns a namedtuple; mlp_backward's dict carries two extra entries ("loss", "y_hat") besides the four gradients
# (unsure: the contract lists the four keys; extra keys are additional information)
from collections import namedtuple

Forward = namedtuple("Forward", "z1 a1 z2 y_hat")


def mlp_forward(x, W1, b1, W2, b2):
    z1 = W1.dot(x) + b1
    a1 = relu(z1)
    z2 = W2.dot(a1) + b2
    return Forward(z1, a1, z2, sigmoid(z2))


def mlp_backward(x, y, W1, b1, W2, b2):
    f = mlp_forward(x, W1, b1, W2, b2)
    dz2 = f.y_hat - y
    dz1 = (W2.T @ dz2) * relu_prime(f.z1)
    loss = float(-(y * np.log(f.y_hat[0]) + (1 - y) * np.log(1 - f.y_hat[0])))
    return {"loss": loss, "y_hat": f.y_hat, "W1": np.outer(dz1, x), "b1": dz1, "W2": np.outer(dz2, f.a1), "b2": dz2}
