package cn.luodian.api.exposure;

import java.util.List;

/** The public index: every publisher and its published periods, newest first. */
final class IndexPage {

    private IndexPage() {
    }

    /** A published period as the index lists it; {@code refused}: its snapshot failed its hash check, only the number shows. */
    record Listed(int number, int revision, String title, String issueDate, int entries, boolean demo, boolean refused) {

        static Listed refused(int number, int revision) {
            return new Listed(number, revision, null, null, 0, false, true);
        }
    }

    record Section(Publisher publisher, List<Listed> periods) {
    }

    static String render(List<Section> sections) {
        StringBuilder b = new StringBuilder("<main class=\"sheet index\">\n<h1>挂账督办 往期</h1>\n");
        if (sections.isEmpty()) {
            b.append("<p>尚无已发布的期次。</p>\n");
        }
        for (Section s : sections) {
            Publisher p = s.publisher();
            b.append("<section><h2>").append(Html.text(p.name())).append("</h2>\n<p class=\"meta\">")
                    .append(Html.text(p.titleLine())).append(" · ").append(p.cadence().label()).append("出版")
                    .append(p.demo() ? " · 示例" : "").append("</p>\n<ul>\n");
            if (s.periods().isEmpty()) {
                b.append("<li>尚无已发布的期次</li>\n");
            }
            for (Listed l : s.periods()) {
                if (l.refused()) {
                    b.append("<li class=\"refused\">第").append(l.number()).append("期 · ")
                            .append(SnapshotMismatch.TITLE).append("，已暂停公开</li>\n");
                    continue;
                }
                b.append("<li><a href=\"").append(PublicLinks.page(p.code(), l.number())).append("\">第").append(l.number())
                        .append("期</a> ").append(Html.text(l.title())).append(" · ").append(l.issueDate()).append(" · ")
                        .append(l.entries()).append("处").append(l.revision() > 0 ? " · 已勘误" : "")
                        .append(l.demo() ? " · 示例" : "").append(" · <a href=\"").append(PublicLinks.page(p.code(), l.number()))
                        .append(".pdf\">PDF</a></li>\n");
            }
            b.append("</ul></section>\n");
        }
        b.append("<footer class=\"colophon\"><p><a href=\"/exposure/feed.atom\">Atom 订阅</a></p></footer>\n</main>\n");
        return Html.page("挂账督办 往期", b.toString());
    }
}
