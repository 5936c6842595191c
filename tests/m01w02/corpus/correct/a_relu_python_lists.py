# module: session_a.backprop
# why: relu and relu_prime return plain (nested) Python lists, built by a small helper that maps a scalar rule over
# z.tolist() at any depth: max(0.0, v) for relu, the bool v > 0 for relu_prime
def _map(rule, items):
    if isinstance(items, list):
        return [_map(rule, item) for item in items]
    return rule(items)


def relu(z):
    return _map(lambda v: max(0.0, v), np.asarray(z, dtype=float).tolist())


def relu_prime(z):
    return _map(lambda v: v > 0, np.asarray(z, dtype=float).tolist())  # Python bools count as 0 and 1
