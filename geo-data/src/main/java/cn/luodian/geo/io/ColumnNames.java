package cn.luodian.geo.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The names a column of an import file is known by: its Chinese name (how messages name it), its
 * English name and the spellings other systems use. A header cell names the column when it equals
 * one of them ignoring case, spaces, '_' and '-' (工单 编号, external_id, ExternalId).
 */
public record ColumnNames(String label, List<String> normalizedNames) {

    public ColumnNames {
        normalizedNames = List.copyOf(normalizedNames);
    }

    /** {@code label} is the Chinese name; {@code otherNames} the English one and any others. */
    public static ColumnNames of(String label, String... otherNames) {
        List<String> names = new ArrayList<>();
        names.add(normalize(label));
        for (String name : otherNames) {
            names.add(normalize(name));
        }
        return new ColumnNames(label, names);
    }

    public boolean matches(String header) {
        return normalizedNames.contains(normalize(header));
    }

    /** The column of {@code columns} that {@code header} names, or null. */
    public static <E> E find(E[] columns, Function<E, ColumnNames> names, String header) {
        for (E column : columns) {
            if (names.apply(column).matches(header)) {
                return column;
            }
        }
        return null;
    }

    private static String normalize(String name) {
        return name.strip().replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
