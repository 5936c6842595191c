# module: session_b.bce
# check: session_b.bce_grad_z
# pitfall: grad_divided_here
def bce_grad_z(z, y):
    return (sigmoid(z) - y) / len(z)
