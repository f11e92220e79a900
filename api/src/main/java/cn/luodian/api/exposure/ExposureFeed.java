package cn.luodian.api.exposure;

import java.time.Instant;
import java.util.List;

/** The Atom feed (RFC 4287) of published periods, newest first. */
final class ExposureFeed {

    private ExposureFeed() {
    }

    record Item(Publisher publisher, Period period, String summary) {
    }

    static String render(List<Item> items, String baseUrl) {
        Instant updated = items.stream().map(i -> i.period().publishedAt()).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("<title>挂账督办</title>\n<id>").append(baseUrl).append("/exposure/feed.atom</id>\n")
                .append("<link rel=\"self\" href=\"").append(baseUrl).append("/exposure/feed.atom\"/>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(baseUrl).append("/exposure\"/>\n")
                .append("<updated>").append(updated).append("</updated>\n");
        for (Item i : items) {
            Period p = i.period();
            String url = baseUrl + PublicLinks.page(i.publisher().code(), p.number(), p.revision());
            b.append("<entry>\n<title>").append(Html.text(i.publisher().name() + " " + p.title() + " " + p.label()))
                    .append("</title>\n<id>").append(Html.text(url)).append("</id>\n")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.text(url)).append("\"/>\n")
                    .append("<link rel=\"enclosure\" type=\"application/pdf\" href=\"").append(baseUrl)
                    .append(PublicLinks.page(i.publisher().code(), p.number())).append(".pdf")
                    .append(p.revision() == 0 ? "" : "?revision=" + p.revision()).append("\"/>\n")
                    .append("<updated>").append(p.publishedAt()).append("</updated>\n")
                    .append("<author><name>").append(Html.text(i.publisher().name())).append("</name></author>\n")
                    .append("<summary>").append(Html.text(i.summary())).append("</summary>\n</entry>\n");
        }
        return b.append("</feed>\n").toString();
    }
}
