/**
 * Probabilistic customer-lifetime-value models. {@link io.retentionkit.clv.ParetoNbdParameters} holds
 * the Pareto/NBD parameters and the model's closed-form quantities for one customer (log-likelihood,
 * P(alive), conditional and unconditional expected transactions, P(X(t) = n), DERT).
 *
 * <p>All types are immutable and thread-safe. No method accepts or returns {@code null}; invalid
 * arguments raise {@link java.lang.IllegalArgumentException} with a message naming the argument.
 * Times are in the caller's time unit, which must be the same for the parameters and the customer
 * summaries.
 */
package io.retentionkit.clv;
