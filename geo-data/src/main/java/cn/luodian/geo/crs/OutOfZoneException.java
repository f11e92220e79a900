package cn.luodian.geo.crs;

/**
 * A point or geometry the Gauss-Krüger zone cannot carry: far from its central meridian (a client's
 * longitude of 0 for a district at 117° E). Callers that take points from outside map it to a
 * refusal of the input, not an error of the server.
 */
public final class OutOfZoneException extends IllegalArgumentException {

    public OutOfZoneException(String message, Throwable cause) {
        super(message, cause);
    }
}
