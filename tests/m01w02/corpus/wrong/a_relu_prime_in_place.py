# module: session_a.backprop
# check: session_a.relu_prime
# why: builds the 0/1 mask by writing into z itself, so the caller's z1 is overwritten
def relu_prime(z):
    z[z <= 0] = 0.0
    z[z > 0] = 1.0
    return z
