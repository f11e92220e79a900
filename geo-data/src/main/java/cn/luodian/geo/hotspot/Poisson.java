package cn.luodian.geo.hotspot;

/** Poisson tail probabilities, summed term by term from the mode side so that small tails keep their digits. */
final class Poisson {
    private Poisson() {
    }

    /** P(X ≥ k) for X ~ Poisson(rate), rate &gt; 0. */
    static double upperTail(long k, double rate) {
        if (k <= 0) {
            return 1;
        }
        if (k > rate) {
            // Terms fall from k on: sum them upwards until they no longer matter.
            double term = Math.exp(-rate + k * Math.log(rate) - logFactorial(k));
            double sum = 0;
            for (long j = k; term > sum * 1e-17 && j < k + 100_000; j++) {
                sum += term;
                term *= rate / (j + 1);
            }
            return Math.min(1, sum);
        }
        // k ≤ rate: the lower tail P(X ≤ k − 1) is the small side; its terms fall from k − 1 down.
        double term = Math.exp(-rate + (k - 1) * Math.log(rate) - logFactorial(k - 1));
        double sum = 0;
        for (long j = k - 1; j >= 0 && term > sum * 1e-17; j--) {
            sum += term;
            term *= j / rate;
        }
        return Math.max(0, 1 - sum);
    }

    static double logFactorial(long n) {
        if (n < 64) {
            double sum = 0;
            for (int i = 2; i <= n; i++) {
                sum += Math.log(i);
            }
            return sum;
        }
        double x = n;
        // Stirling's series; at n ≥ 64 the next term (1/(1680 n⁷)) is below 1e-15.
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x)
                + 1 / (1260 * Math.pow(x, 5));
    }
}
