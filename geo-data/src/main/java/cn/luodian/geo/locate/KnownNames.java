package cn.luodian.geo.locate;

import java.util.Collection;
import java.util.Map;

/**
 * The names the data knows, by kind: the gazetteer a {@link LocationSentenceParser} consults so that
 * a name without a standard suffix ("京通快速") or with a misleading one ("群芳三园西区80号楼") is still
 * read whole.
 */
public interface KnownNames {

    /**
     * The length of the longest known name of {@code kind} that starts at {@code start} in
     * {@code text}, or 0 when none does.
     */
    int longestMatch(NameKind kind, CharSequence text, int start);

    default boolean contains(NameKind kind, String name) {
        return !name.isEmpty() && longestMatch(kind, name, 0) == name.length();
    }

    /**
     * An immutable gazetteer built from lists of names. Names are normalised the way the parser
     * normalises text (full-width letters and digits to ASCII, surrounding blanks removed); village
     * names lose an official committee suffix ("长凌营村村委会" is known as "长凌营村").
     */
    static KnownNames of(Map<NameKind, ? extends Collection<String>> namesByKind) {
        return IndexedKnownNames.of(namesByKind);
    }

    /** A gazetteer that knows nothing: the parser then works from suffixes alone. */
    static KnownNames none() {
        return (kind, text, start) -> 0;
    }
}
