package io.retentionkit.clv;

/** The little dense linear algebra the fitting needs, for matrices of a handful of rows. */
final class SymmetricMatrices {
  private SymmetricMatrices() {}

  /**
   * Returns the diagonal of the inverse of a symmetric positive-definite matrix A, or an empty array if A
   * is not (numerically) positive definite. With A = L Lᵀ (Cholesky), (A⁻¹)_kk is the squared norm of
   * column k of L⁻¹, which forward substitution gives.
   */
  static double[] inverseDiagonal(double[][] matrix) {
    int n = matrix.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = matrix[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 0) || !Double.isFinite(sum)) {
            return new double[0];
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[] diagonal = new double[n];
    double[] column = new double[n];
    for (int k = 0; k < n; k++) {
      double squaredNorm = 0;
      for (int i = k; i < n; i++) {
        double sum = i == k ? 1 : 0;
        for (int m = k; m < i; m++) {
          sum -= l[i][m] * column[m];
        }
        column[i] = sum / l[i][i];
        squaredNorm += column[i] * column[i];
      }
      diagonal[k] = squaredNorm;
    }
    return diagonal;
  }
}
