"""Reference values for TailIntegralTest (mpmath 1.3.0): prints tail-integral-references.csv rows.

I(e, b, rho) = integral from 0 to infinity of (1 + v)^-e (1 + rho v)^-b dv, by tanh-sinh quadrature in
x = ln v, where the integrand is smooth and log-concave with exponential tails on both sides; breakpoints at
the scales 1/(e + b rho), 1 and 1/rho. The derivatives are the means -E[ln(1 + v)], -E[ln(1 + rho v)] and
-b E[rho v / (1 + rho v)] under the normalised integrand, each its own quadrature.
"""
import random
from mpmath import mp, mpf, log, quad, inf, exp, nstr

mp.dps = 25


def reference(e, b, rho):
    e, b, rho = mpf(e), mpf(b), mpf(rho)
    points = set()
    for j in (mpf('0.001'), mpf('0.01'), mpf('0.1'), 1, 10, 100, 1000):
        points.update((log(j / (e + b * rho)), log(j), log(j / rho)))
    points = [-inf] + sorted(points) + [inf]

    def f(x):
        v = exp(x)
        return v * (1 + v) ** (-e) * (1 + rho * v) ** (-b)

    total = quad(f, points)
    by_e = quad(lambda x: f(x) * log(1 + exp(x)), points)
    by_b = quad(lambda x: f(x) * log(1 + rho * exp(x)), points)
    by_rho = quad(lambda x: f(x) * rho * exp(x) / (1 + rho * exp(x)), points)
    return log(total), -by_e / total, -by_b / total, -b * by_rho / total


def points():
    for e in (0.3, 0.55, 1.0, 1.0004, 1.55, 2.0000001, 3.55, 20.55, 301.55, 3000.3):
        for b in (0.61, 1.61, 40.0, 1000.0, 1000001.0):
            for rho in (1e-7, 1e-4, 3e-3, 0.05, 0.3, 0.6):
                if e + b > 1:
                    yield e, b, rho
    random.seed(20261207)
    for _ in range(60):
        e, b, rho = 10 ** random.uniform(-0.5, 3.5), 10 ** random.uniform(-0.3, 6.5), 10 ** random.uniform(-8, -0.01)
        if e + b > 1:
            yield e, b, rho


if __name__ == '__main__':
    for e, b, rho in points():
        values = reference(e, b, rho)
        print(','.join([repr(e), repr(b), repr(rho)] + [nstr(v, 20) for v in values]))
