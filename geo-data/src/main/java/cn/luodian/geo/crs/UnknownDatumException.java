package cn.luodian.geo.crs;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A datum name that is not one of {@link Datum}'s parameter names. */
public final class UnknownDatumException extends IllegalArgumentException {
    private final String name;

    public UnknownDatumException(String name) {
        super("未知的坐标系 '" + name + "'：应为 "
                + Arrays.stream(Datum.values()).map(Datum::parameterName).collect(Collectors.joining("、")));
        this.name = name;
    }

    public String name() {
        return name;
    }
}
