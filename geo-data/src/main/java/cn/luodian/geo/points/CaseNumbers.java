package cn.luodian.geo.points;

import java.util.Arrays;

/**
 * Case numbers such as {@code TZ-20261122-00042} kept as three numbers per row (prefix code, day,
 * sequence) instead of a million strings: 10 bytes a case instead of about 60. Numbers of another
 * shape are kept whole as their own "prefix" (day −1), so every number reads back exactly.
 */
final class CaseNumbers {
    private final String[] prefixes;
    private final short[] prefix;
    private final int[] day;
    private final int[] sequence;

    private CaseNumbers(String[] prefixes, short[] prefix, int[] day, int[] sequence) {
        this.prefixes = prefixes;
        this.prefix = prefix;
        this.day = day;
        this.sequence = sequence;
    }

    String get(int row) {
        String p = prefixes[prefix[row]];
        if (day[row] < 0) {
            return p;
        }
        String seq = Integer.toString(sequence[row]);
        return p + "-" + day[row] + "-" + "0".repeat(Math.max(0, 5 - seq.length())) + seq;
    }

    /** Collects numbers in insertion order; {@link #build(int[])} reorders them. */
    static final class Builder {
        private final Codes prefixes = new Codes(Short.MAX_VALUE);
        private short[] prefix = new short[16];
        private int[] day = new int[16];
        private int[] sequence = new int[16];
        private int size;

        void add(String number) {
            if (size == prefix.length) {
                int capacity = size * 2;
                prefix = Arrays.copyOf(prefix, capacity);
                day = Arrays.copyOf(day, capacity);
                sequence = Arrays.copyOf(sequence, capacity);
            }
            int second = number.lastIndexOf('-');
            int first = second > 0 ? number.lastIndexOf('-', second - 1) : -1;
            if (first > 0 && second - first == 9 && isPaddedNumber(number, first + 1, second, 8)
                    && isPaddedNumber(number, second + 1, number.length(), 5)) {
                prefix[size] = (short) prefixes.code(number.substring(0, first));
                day[size] = Integer.parseInt(number, first + 1, second, 10);
                sequence[size] = Integer.parseInt(number, second + 1, number.length(), 10);
            } else {
                prefix[size] = (short) prefixes.code(number);
                day[size] = -1;
            }
            size++;
        }

        /** Digits only, at least {@code minDigits}, no leading zero beyond the padding, so they print back alike. */
        private static boolean isPaddedNumber(String s, int from, int to, int minDigits) {
            int length = to - from;
            if (length < minDigits || length > 9) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return length == minDigits || s.charAt(from) != '0';
        }

        CaseNumbers build(int[] order) {
            short[] p = new short[order.length];
            int[] d = new int[order.length];
            int[] q = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                p[i] = prefix[order[i]];
                d[i] = day[order[i]];
                q[i] = sequence[order[i]];
            }
            return new CaseNumbers(prefixes.toArray(), p, d, q);
        }
    }
}
