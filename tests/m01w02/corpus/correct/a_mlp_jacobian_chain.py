# module: session_a.backprop
# why: backward pass as explicit Jacobian products (np.diag of relu', W2.T), scalar .item() for dL/dz2, dict filled key by key
def mlp_backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, y_hat = mlp_forward(x, W1, b1, W2, b2)
    dL_dz2 = y_hat.item() - y                      # a Python float
    J_a1_z1 = np.diag(relu_prime(z1))              # d a1 / d z1, (h, h)
    dL_da1 = W2[0] * dL_dz2                        # (h,)
    dL_dz1 = J_a1_z1 @ dL_da1                      # (h,)
    grads = {}
    grads["W2"] = dL_dz2 * a1[np.newaxis, :]
    grads["b2"] = np.array([dL_dz2])
    grads["W1"] = dL_dz1[:, np.newaxis] * x[np.newaxis, :]
    grads["b1"] = dL_dz1
    return grads
