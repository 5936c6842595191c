# base: stubs
# module: session_b.bce
# fails: all
# Sleeps at import and ends the process in every function: each crash re-imports the module.
import os
import time

time.sleep(2.5)


def sigmoid(z):
    os._exit(0)


def sigmoid_prime(z):
    os._exit(0)


def bce_loss(y, p, eps=1e-9):
    os._exit(0)


def bce_grad_z(z, y):
    os._exit(0)


def bce_expr(z, y):
    os._exit(0)


def dL_dz_expr(z, y):
    os._exit(0)
