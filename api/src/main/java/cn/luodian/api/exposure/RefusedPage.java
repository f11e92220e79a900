package cn.luodian.api.exposure;

/**
 * What the public page of a period shows instead of its content when the stored snapshot fails its
 * hash check ({@link SnapshotMismatch}): the refusal in Chinese, the recorded hash, nothing of the
 * changed text.
 */
final class RefusedPage {

    private RefusedPage() {
    }

    static String render(SnapshotMismatch refusal) {
        String body = "<main class=\"sheet refused\">\n<h1>" + SnapshotMismatch.TITLE + "</h1>\n<p>"
                + Html.text(refusal.getMessage()) + "</p>\n"
                + "<p><a href=\"/exposure\">返回挂账督办往期</a></p>\n</main>\n";
        return Html.page(SnapshotMismatch.TITLE, body);
    }
}
