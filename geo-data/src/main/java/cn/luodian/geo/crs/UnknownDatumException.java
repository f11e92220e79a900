package cn.luodian.geo.crs;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A datum name that is not one of {@link Datum}'s parameter names. */
public final class UnknownDatumException extends IllegalArgumentException {
    private final String name;

    public UnknownDatumException(String name) {
        super("unknown datum '" + name + "': expected one of "
                + Arrays.stream(Datum.values()).map(Datum::parameterName).collect(Collectors.joining(", ")));
        this.name = name;
    }

    public String name() {
        return name;
    }
}
