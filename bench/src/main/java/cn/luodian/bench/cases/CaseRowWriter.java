package cn.luodian.bench.cases;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.postgresql.PGConnection;

/**
 * Writes {@link SyntheticCase}s into {@code city_case} in the caller's transaction, the fastest way
 * each database offers: PostgreSQL's COPY (geometry as EWKT text), H2's batched prepared insert
 * (geometry cast from EWKT, H2's own GEOMETRY type, no H2GIS function needed).
 */
abstract class CaseRowWriter implements AutoCloseable {
    /** Rows sent (and committed by CaseBulkLoad) at a time. */
    static final int CHUNK = 20_000;

    static CaseRowWriter open(Connection connection) throws SQLException {
        return connection.getMetaData().getURL().startsWith("jdbc:postgresql:")
                ? new Copy(connection.unwrap(PGConnection.class)) : new Batch(connection);
    }

    abstract void add(SyntheticCase c) throws SQLException;

    /** Sends the rows added so far. */
    abstract void flush() throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    static String ewkt(SyntheticCase c) {
        return "SRID=4326;POINT(" + c.lon() + " " + c.lat() + ")";
    }

    /** PostgreSQL: COPY … FROM STDIN in CSV, one chunk at a time. */
    private static final class Copy extends CaseRowWriter {
        private final PGConnection connection;
        private final StringBuilder chunk = new StringBuilder();
        private int rows;

        Copy(PGConnection connection) {
            this.connection = connection;
        }

        @Override
        void add(SyntheticCase c) throws SQLException {
            for (Object value : c.values()) {
                chunk.append(csv(value)).append(',');
            }
            chunk.append(ewkt(c)).append('\n');
            rows++;
        }

        private static String csv(Object value) {
            if (value == null) {
                return "";
            }
            String text = value instanceof Instant ? value.toString() : String.valueOf(value);
            return text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    ? '"' + text.replace("\"", "\"\"") + '"' : text;
        }

        @Override
        void flush() throws SQLException {
            if (rows == 0) {
                return;
            }
            try {
                connection.getCopyAPI().copyIn("COPY city_case (" + SyntheticCase.COLUMNS + ", geom) FROM STDIN (FORMAT csv)",
                        new StringReader(chunk.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            chunk.setLength(0);
            rows = 0;
        }

        @Override
        public void close() throws SQLException {
            flush();
        }
    }

    /** H2: one prepared insert, executed in batches. */
    private static final class Batch extends CaseRowWriter {
        private final PreparedStatement insert;
        private int rows;

        Batch(Connection connection) throws SQLException {
            insert = connection.prepareStatement("INSERT INTO city_case (" + SyntheticCase.COLUMNS + ", geom) VALUES ("
                    + "?, ".repeat(SyntheticCase.COLUMN_COUNT) + "CAST(? AS GEOMETRY))");
        }

        @Override
        void add(SyntheticCase c) throws SQLException {
            Object[] values = c.values();
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                insert.setObject(i + 1, value instanceof Instant ? Timestamp.from((Instant) value) : value);
            }
            insert.setString(values.length + 1, ewkt(c));
            insert.addBatch();
            rows++;
        }

        @Override
        void flush() throws SQLException {
            if (rows > 0) {
                insert.executeBatch();
                rows = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            insert.close();
        }
    }
}
