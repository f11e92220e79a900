package cn.luodian.geo.points;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A growing dictionary of strings to small integer codes, for the low-cardinality columns. */
final class Codes {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private final int max;

    Codes(int max) {
        this.max = max;
    }

    int code(String value) {
        Integer code = codes.get(value);
        if (code == null) {
            if (values.size() >= max) {
                throw new IllegalStateException("more than " + max + " distinct values: " + value);
            }
            code = values.size();
            codes.put(value, code);
            values.add(value);
        }
        return code;
    }

    String[] toArray() {
        return values.toArray(String[]::new);
    }
}
