package io.retentionkit.clv;

import io.retentionkit.internal.Hypergeometric;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Pareto/NBD log-likelihood of one customer, on unchecked arguments, for the fitting loops and for
 * {@link ParetoNbdParameters}. See {@link ParetoNbdParameters} for the formula.
 */
final class ParetoNbdLikelihood {
  private ParetoNbdLikelihood() {}

  /**
   * ln L(r, alpha, s, beta | x, t_x, T).
   *
   * @param r the purchase shape
   * @param alpha the purchase rate parameter
   * @param s the dropout shape
   * @param beta the dropout rate parameter
   * @param x the number of repeat transactions
   * @param tx the time of the last transaction
   * @param age the observation time T
   * @return the log-likelihood
   */
  static double logLikelihood(double r, double alpha, double s, double beta, int x, double tx, double age) {
    double logPochhammer = x == 0 ? 0 : LogGamma.value(r + x) - LogGamma.value(r);
    return logPochhammer + r * Math.log(alpha) + s * Math.log(beta)
        + logBracket(r, alpha, s, beta, x, tx, age);
  }

  /**
   * ln [s K(r+x, s+1; t_x) + (r+x) K(r+x+1, s; T)], the part of the likelihood that holds the two
   * hypergeometric terms (both positive, added with log-sum-exp).
   *
   * @param r the purchase shape
   * @param alpha the purchase rate parameter
   * @param s the dropout shape
   * @param beta the dropout rate parameter
   * @param x the number of repeat transactions
   * @param tx the time of the last transaction
   * @param age the observation time T
   * @return the log of the bracket
   */
  static double logBracket(double r, double alpha, double s, double beta, int x, double tx, double age) {
    double rx = r + x;
    double diedAfterLastPurchase = Math.log(s) + logTail(rx, s + 1, alpha, beta, tx);
    double aliveOrDiedAfterT = Math.log(rx) + logTail(rx + 1, s, alpha, beta, age);
    double top = Math.max(diedAfterLastPurchase, aliveOrDiedAfterT);
    return top + Math.log(Math.exp(diedAfterLastPurchase - top) + Math.exp(aliveOrDiedAfterT - top));
  }

  /**
   * ln K(p, q; t), K = integral from t to infinity of (alpha+y)^-p (beta+y)^-q dy, expanded around the
   * larger of alpha and beta so the hypergeometric argument |alpha - beta| / (max + t) is in [0, 1).
   *
   * @param p the exponent of alpha + y
   * @param q the exponent of beta + y
   * @param alpha the purchase rate parameter
   * @param beta the dropout rate parameter
   * @param t the lower limit
   * @return ln K(p, q; t)
   */
  static double logTail(double p, double q, double alpha, double beta, double t) {
    double order = p + q - 1;
    double larger = Math.max(alpha, beta);
    double z = Math.abs(alpha - beta) / (larger + t);
    double e = alpha >= beta ? q : p;
    return -order * Math.log(larger + t) - Math.log(order) + Hypergeometric.log2F1(order, e, order + 1, z);
  }
}
