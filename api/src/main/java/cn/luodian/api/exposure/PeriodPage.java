package cn.luodian.api.exposure;

import java.util.List;

/**
 * The public page of a period, laid out like the newspaper's: masthead (publisher, title line,
 * period number, date), lead, the rectified pairs (整治前后对比), the new entries each with photo,
 * small map and sentence, the carried-over list, and the record's content hash. The stylesheet
 * ({@code exposure.css}) prints it on A4.
 */
final class PeriodPage {

    private PeriodPage() {
    }

    static String render(PublishedPeriod p, PhotoLinks links, String contentHash, List<Integer> revisions) {
        StringBuilder b = new StringBuilder();
        boolean preview = p.publishedAt() == null;
        if (preview) {
            b.append("<div class=\"preview-banner\">预览：本期尚未发布，内容仍可修改</div>\n");
        }
        b.append("<main class=\"sheet\">\n<header class=\"masthead\">\n");
        b.append("<div class=\"publisher\">").append(Html.text(p.publisherName())).append("</div>\n");
        b.append("<h1>").append(Html.text(p.title())).append("</h1>\n");
        b.append("<div class=\"issue\"><span class=\"number\">").append(Html.text(p.label())).append("</span>")
                .append("<span class=\"date\">").append(p.issueDateChinese()).append("</span>")
                .append("<span class=\"by\">").append(Html.text(p.publisherName())).append("发布</span></div>\n");
        if (p.demo()) {
            b.append("<div class=\"demo\">示例：本期为演示数据（示意数据），并非真实发布内容</div>\n");
        }
        b.append("</header>\n");
        correction(b, p);
        if (!p.intro().isBlank()) {
            b.append("<p class=\"lead\">").append(Html.text(p.intro())).append("</p>\n");
        }
        b.append("<p class=\"summary\">").append(summary(p)).append("</p>\n");

        List<PublishedEntry> rectified = p.entries(EntryKind.RECTIFIED);
        if (!rectified.isEmpty()) {
            b.append("<section class=\"rectified\">\n<h2>整治前后对比</h2>\n");
            for (PublishedEntry e : rectified) {
                b.append("<article class=\"pair\" data-case=\"").append(Html.text(e.caseRef())).append("\">\n");
                b.append("<div class=\"photos\">");
                figure(b, e.photo() == null ? null : links.file(e.photo()), "整治前", "photo");
                figure(b, e.after() == null ? null : links.file(e.after()), "整治后", "photo");
                b.append("</div>\n");
                b.append("<p class=\"sentence\"><span class=\"seq\">").append(e.seq()).append("</span>")
                        .append(Html.text(e.text())).append("</p>\n");
                b.append("<p class=\"meta\">首次挂账：第").append(e.firstNumber()).append("期 · ").append(Html.text(e.category()))
                        .append(" · 属地：").append(Html.text(e.unit()))
                        .append(e.rectifiedOn() == null ? "" : " · 整改完成：" + e.rectifiedOn()).append("</p>\n");
                b.append("</article>\n");
            }
            b.append("</section>\n");
        }
        List<PublishedEntry> fresh = p.entries(EntryKind.NEW);
        if (!fresh.isEmpty()) {
            b.append("<section class=\"new\">\n<h2>新发现问题 挂账督办（").append(fresh.size()).append("处）</h2>\n<div class=\"grid\">\n");
            for (PublishedEntry e : fresh) {
                b.append("<article class=\"entry\" data-case=\"").append(Html.text(e.caseRef())).append("\">\n");
                b.append("<div class=\"photos\">");
                figure(b, e.photo() == null ? null : links.file(e.photo()), "现场照片", "photo");
                figure(b, links.map(e, null), "位置示意图", "map");
                b.append("</div>\n");
                b.append("<p class=\"sentence\"><span class=\"seq\">").append(e.seq()).append("</span>")
                        .append(Html.text(e.text())).append("</p>\n");
                facts(b, e);
                b.append("</article>\n");
            }
            b.append("</div>\n</section>\n");
        }
        List<PublishedEntry> carried = p.entries(EntryKind.CARRIED_OVER);
        if (!carried.isEmpty()) {
            b.append("<section class=\"carried\">\n<h2>继续挂账（").append(carried.size()).append("处）</h2>\n<table>\n")
                    .append("<thead><tr><th>序号</th><th>位置</th><th>问题类别</th><th>属地责任单位</th><th>已挂账</th>"
                            + "<th>整改期限</th><th>位置示意</th></tr></thead>\n<tbody>\n");
            for (PublishedEntry e : carried) {
                b.append("<tr data-case=\"").append(Html.text(e.caseRef())).append("\"><td>").append(e.seq()).append("</td><td>")
                        .append(Html.text(e.text())).append("</td><td>").append(Html.text(e.category())).append("</td><td>")
                        .append(Html.text(e.unit())).append("</td><td>").append(e.periodsOnList()).append("期</td><td>")
                        .append(e.deadline()).append("</td><td>");
                String map = links.map(e, null);
                if (map != null) {
                    b.append("<img class=\"thumb\" src=\"").append(Html.text(map)).append("\" alt=\"位置示意图\">");
                }
                b.append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n</section>\n");
        }
        footer(b, p, contentHash, revisions);
        b.append("</main>\n");
        return Html.page(p.publisherName() + " " + p.title() + " " + p.label(), b.toString());
    }

    static String summary(PublishedPeriod p) {
        int rectified = p.entries(EntryKind.RECTIFIED).size();
        int fresh = p.entries(EntryKind.NEW).size();
        int carried = p.entries(EntryKind.CARRIED_OVER).size();
        StringBuilder s = new StringBuilder("本期");
        if (rectified > 0) {
            s.append("选取了").append(rectified).append("处前期挂账督办问题，刊登整治前后对比照片，");
        }
        s.append("对新发现的").append(fresh).append("处问题挂账督办");
        if (carried > 0) {
            s.append("，").append(carried).append("处前期问题尚未整改，继续挂账");
        }
        return s.append("。").toString();
    }

    private static void facts(StringBuilder b, PublishedEntry e) {
        b.append("<dl class=\"facts\">");
        fact(b, "乡镇/村", e.place());
        fact(b, "问题类别", e.category());
        fact(b, "属地责任单位", e.unit());
        fact(b, "整改期限", e.deadline().toString());
        fact(b, "编号", e.caseRef());
        b.append("</dl>\n");
    }

    private static void fact(StringBuilder b, String name, String value) {
        b.append("<div><dt>").append(name).append("</dt><dd>").append(Html.text(value)).append("</dd></div>");
    }

    private static void figure(StringBuilder b, String url, String caption, String kind) {
        b.append("<figure class=\"").append(kind).append("\">");
        if (url != null) {
            b.append("<img src=\"").append(Html.text(url)).append("\" alt=\"").append(caption).append("\">");
        } else {
            b.append("<div class=\"missing\">暂无图片</div>");
        }
        b.append("<figcaption>").append(caption).append("</figcaption></figure>");
    }

    private static void correction(StringBuilder b, PublishedPeriod p) {
        if (p.corrects() == null) {
            return;
        }
        b.append("<aside class=\"correction\"><h2>勘误</h2><p>本期为第").append(p.number()).append("期的更正版本（勘误")
                .append(p.revision()).append("），更正原因：").append(Html.text(p.corrects().note())).append("</p><ul>");
        for (String change : p.corrects().changes()) {
            b.append("<li>").append(Html.text(change)).append("</li>");
        }
        b.append("</ul><p class=\"hash\">原版本内容校验码：").append(Html.text(p.corrects().contentHash())).append("</p></aside>\n");
    }

    private static void footer(StringBuilder b, PublishedPeriod p, String contentHash, List<Integer> revisions) {
        b.append("<footer class=\"colophon\">");
        if (p.publishedAt() != null) {
            String base = "/exposure/" + p.publisherCode() + "/" + p.number();
            String rev = p.revision() == 0 ? "" : "?revision=" + p.revision();
            b.append("<p class=\"downloads\"><a href=\"").append(base).append(".pdf").append(rev).append("\">PDF版</a> · ")
                    .append("<a href=\"").append(base).append(".geojson").append(rev).append("\">GeoJSON</a> · ")
                    .append("<a href=\"").append(base).append(".csv").append(rev).append("\">CSV表格</a> · ")
                    .append("<a href=\"/exposure/").append(p.publisherCode()).append("\">往期</a> · ")
                    .append("<a href=\"/exposure/feed.atom\">订阅</a></p>");
            if (revisions.size() > 1) {
                b.append("<p class=\"revisions\">版本：");
                for (int r : revisions) {
                    b.append("<a href=\"").append(base).append("?revision=").append(r).append("\">")
                            .append(r == 0 ? "原版" : "勘误" + r).append("</a> ");
                }
                b.append("</p>");
            }
            b.append("<p class=\"hash\">内容校验码（SHA-256）：<code>").append(Html.text(contentHash)).append("</code></p>");
        }
        b.append("<p>位置描述由落点系统依据参考图层自动生成；位置示意图为示意，不作为测绘依据。</p></footer>\n");
    }
}
