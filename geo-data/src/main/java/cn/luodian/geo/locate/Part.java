package cn.luodian.geo.locate;

/**
 * One name found in a sentence: its kind, where it was written ({@code start}..{@code end}, which
 * for a village may include an official committee suffix) and the name as the parser reports it.
 */
record Part(NameKind kind, int start, int end, String name, boolean known) {

    int length() {
        return end - start;
    }
}
