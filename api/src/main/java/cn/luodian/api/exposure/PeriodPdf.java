package cn.luodian.api.exposure;

import cn.luodian.api.photos.ImageType;
import cn.luodian.api.photos.PhotoFiles;
import cn.luodian.api.photos.PhotoRef;
import cn.luodian.api.photos.SafeImages;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The PDF of a published period, laid out like the newspaper page: publisher, title line, period
 * number and date, the rectified pairs side by side, then the new entries with photo, map and
 * sentence, then the carried-over list. The CJK font (fonts-wqy-microhei) is embedded, so the text
 * can be read and searched anywhere.
 *
 * <p>The same period always gives the same bytes, so the file can be hashed, cached and compared:
 * its creation and modification dates are the period's publication time, its document ID and the
 * font subset's name prefix derive from the content hash instead of the clock and a random source.
 *
 * <p>One bad stored image (missing, unreadable, or declaring more pixels than
 * {@link SafeImages} allows, as files stored before that check may) never fails the PDF: its place
 * says 图片无法显示 and the file is logged.
 */
@Component
public class PeriodPdf {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodPdf.class);
    private static final Color RED = new Color(0xB3191F);
    private static final Color GREY = new Color(0x5C5C5C);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final ExposureSettings settings;
    private final PhotoFiles files;
    private final SafeImages images;

    public PeriodPdf(ExposureSettings settings, PhotoFiles files, SafeImages images) {
        this.settings = settings;
        this.files = files;
        this.images = images;
    }

    /** The font as OpenPDF names it: a TrueType collection needs the index of the face. */
    private BaseFont font() throws IOException {
        if (!Files.isReadable(settings.pdfFont())) {
            throw new IllegalStateException("the PDF font " + settings.pdfFont() + " is missing: install Debian's "
                    + "fonts-wqy-microhei or set luodian.exposure.pdf-font");
        }
        String path = settings.pdfFont().toString();
        return BaseFont.createFont(path.endsWith(".ttc") ? path + ",0" : path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }

    public byte[] render(PublishedPeriod p, String contentHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 36, 36);
        try {
            BaseFont base = font();
            base.setSecureRandom(seeded(contentHash));
            Fonts f = new Fonts(base);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setFullCompression();
            doc.addTitle(p.publisherName() + " " + p.title() + " " + p.label());
            doc.addAuthor(p.publisherName());
            doc.addCreator("落点 Luodian");
            doc.open();
            fixed(writer, p, contentHash);
            masthead(doc, p, f);
            List<PublishedEntry> rectified = p.entries(EntryKind.RECTIFIED);
            if (!rectified.isEmpty()) {
                heading(doc, "整治前后对比", f);
                for (PublishedEntry e : rectified) {
                    PdfPTable pair = twoImages(e.photo(), "整治前", e.after(), "整治后", f, 160);
                    PdfPCell text = new PdfPCell(sentence(e, f));
                    text.setColspan(2);
                    text.setBorder(0);
                    pair.addCell(text);
                    PdfPCell meta = new PdfPCell(new Phrase("首次挂账：第" + e.firstNumber() + "期　" + e.category() + "　属地："
                            + e.unit() + (e.rectifiedOn() == null ? "" : "　整改完成：" + e.rectifiedOn()), f.small));
                    meta.setColspan(2);
                    meta.setBorder(0);
                    meta.setPaddingBottom(8);
                    pair.addCell(meta);
                    doc.add(pair);
                }
            }
            List<PublishedEntry> fresh = p.entries(EntryKind.NEW);
            if (!fresh.isEmpty()) {
                heading(doc, "新发现问题 挂账督办（" + fresh.size() + "处）", f);
                for (PublishedEntry e : fresh) {
                    PdfPTable entry = twoImages(e.photo(), "现场照片", e.map(), "位置示意图", f, 126);
                    PdfPCell text = new PdfPCell(sentence(e, f));
                    text.setColspan(2);
                    text.setBorder(0);
                    entry.addCell(text);
                    PdfPCell facts = new PdfPCell(new Phrase("乡镇/村：" + e.place() + "　问题类别：" + e.category() + "\n属地责任单位："
                            + e.unit() + "　整改期限：" + e.deadline() + "　编号：" + e.caseRef(), f.small));
                    facts.setColspan(2);
                    facts.setBorder(0);
                    facts.setPaddingBottom(8);
                    entry.addCell(facts);
                    doc.add(entry);
                }
            }
            List<PublishedEntry> carried = p.entries(EntryKind.CARRIED_OVER);
            if (!carried.isEmpty()) {
                heading(doc, "继续挂账（" + carried.size() + "处）", f);
                doc.add(carriedTable(carried, f));
            }
            colophon(doc, p, contentHash, f);
            doc.close();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot write the PDF of " + p.label() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Dates of the publication instead of now, an ID of the content instead of the clock and memory. */
    private static void fixed(PdfWriter writer, PublishedPeriod p, String contentHash) {
        Instant at = p.publishedAt() != null ? p.publishedAt() : p.issueDate().atStartOfDay(BEIJING).toInstant();
        GregorianCalendar when = GregorianCalendar.from(at.atZone(BEIJING));
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(when));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(when));
        byte[] id = Arrays.copyOf(HexFormat.of().parseHex(idSource(contentHash)), 16);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static String idSource(String contentHash) {
        return contentHash != null && contentHash.matches("[0-9a-f]{32,}") ? contentHash : PhotoFiles.sha256(
                String.valueOf(contentHash).getBytes(StandardCharsets.UTF_8));
    }

    /** The font subset prefix (six random letters in OpenPDF) drawn from a source seeded by the content. */
    private static SecureRandom seeded(String contentHash) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(HexFormat.of().parseHex(idSource(contentHash)));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is missing from this JVM", e);
        }
    }

    private record Fonts(Font publisher, Font title, Font issue, Font heading, Font body, Font bold, Font small, Font demo) {
        Fonts(BaseFont b) {
            this(new Font(b, 11, Font.NORMAL, GREY), new Font(b, 34, Font.BOLD, RED), new Font(b, 12, Font.NORMAL, Color.BLACK),
                    new Font(b, 14, Font.BOLD, Color.WHITE), new Font(b, 10.5f, Font.NORMAL, Color.BLACK),
                    new Font(b, 11.5f, Font.BOLD, Color.BLACK), new Font(b, 9, Font.NORMAL, GREY), new Font(b, 10, Font.NORMAL, RED));
        }
    }

    private static void masthead(Document doc, PublishedPeriod p, Fonts f) throws DocumentException {
        Paragraph publisher = new Paragraph(p.publisherName(), f.publisher);
        publisher.setAlignment(Element.ALIGN_CENTER);
        doc.add(publisher);
        Paragraph title = new Paragraph(spaced(p.title()), f.title);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(4);
        doc.add(title);
        Paragraph issue = new Paragraph(p.label() + "　　" + p.issueDateChinese() + "　　" + p.publisherName() + "发布", f.issue);
        issue.setAlignment(Element.ALIGN_CENTER);
        doc.add(issue);
        doc.add(rule(new LineSeparator(2f, 100f, RED, Element.ALIGN_CENTER, -4f), f));
        if (p.demo()) {
            Paragraph demo = new Paragraph("示例：本期为演示数据（示意数据），并非真实发布内容", f.demo);
            demo.setAlignment(Element.ALIGN_CENTER);
            demo.setSpacingBefore(6);
            doc.add(demo);
        }
        if (p.corrects() != null) {
            Paragraph c = new Paragraph("勘误：本期为第" + p.number() + "期的更正版本，更正原因：" + p.corrects().note(), f.demo);
            c.setSpacingBefore(6);
            doc.add(c);
            for (String change : p.corrects().changes()) {
                doc.add(new Paragraph("· " + change, f.small));
            }
        }
        if (!p.intro().isBlank()) {
            Paragraph intro = new Paragraph(p.intro(), f.body);
            intro.setFirstLineIndent(21);
            intro.setSpacingBefore(8);
            doc.add(intro);
        }
        Paragraph summary = new Paragraph(PeriodPage.summary(p), f.bold);
        summary.setFirstLineIndent(23);
        summary.setSpacingBefore(6);
        doc.add(summary);
    }

    /**
     * A rule drawn as a chunk in our font: without one, OpenPDF embeds its fallback font for the
     * chunk's placeholder character, with a random subset name (the PDF would differ every time).
     */
    private static Chunk rule(LineSeparator line, Fonts f) {
        Chunk chunk = new Chunk(line);
        chunk.setFont(f.small);
        return chunk;
    }

    /** 挂账督办 → 挂 账 督 办, as the newspaper sets its heading. */
    private static String spaced(String title) {
        return title.length() <= 6 ? String.join(" ", title.split("")) : title;
    }

    private static void heading(Document doc, String text, Fonts f) throws DocumentException {
        PdfPTable bar = new PdfPTable(1);
        bar.setWidthPercentage(100);
        bar.setSpacingBefore(10);
        bar.setSpacingAfter(6);
        PdfPCell cell = new PdfPCell(new Phrase(text, f.heading));
        cell.setBackgroundColor(RED);
        cell.setBorder(0);
        cell.setPadding(4);
        cell.setPaddingLeft(8);
        bar.addCell(cell);
        doc.add(bar);
    }

    private Paragraph sentence(PublishedEntry e, Fonts f) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(e.seq() + ". ", f.bold));
        p.add(new Chunk(e.text(), f.bold));
        return p;
    }

    private PdfPTable twoImages(PhotoRef left, String leftCaption, PhotoRef right, String rightCaption, Fonts f,
                                float heightPt) throws DocumentException {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(2);
        table.addCell(imageCell(left, f, heightPt));
        table.addCell(imageCell(right, f, heightPt));
        table.addCell(caption(leftCaption, f));
        table.addCell(caption(rightCaption, f));
        return table;
    }

    private PdfPCell imageCell(PhotoRef ref, Fonts f, float heightPt) {
        if (ref == null) {
            return placeholder("暂无图片", f, heightPt);
        }
        if (ref.type() == ImageType.WEBP) {
            return placeholder("（WebP 图片请见网页版）", f, heightPt);
        }
        try {
            byte[] bytes = files.read(ref.sha256(), ref.type());
            if (!images.fitsLimits(bytes, ref.type())) {
                LOG.warn("PDF: image {} does not read or exceeds the image limits; a placeholder stands in its place",
                        ref.fileName());
                return placeholder("（图片无法显示）", f, heightPt);
            }
            Image image = Image.getInstance(bytes);
            image.scaleToFit(250, heightPt - 6);
            PdfPCell cell = new PdfPCell(image, false);
            cell.setFixedHeight(heightPt);
            cell.setPadding(3);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setBorderColor(Color.GRAY);
            return cell;
        } catch (IOException | RuntimeException e) {
            // A file stored before uploads were decoded may be truncated or malformed: the period still renders.
            LOG.warn("PDF: image {} cannot be drawn ({}); a placeholder stands in its place", ref.fileName(), e.toString());
            return placeholder("（图片无法显示）", f, heightPt);
        }
    }

    private static PdfPCell placeholder(String text, Fonts f, float heightPt) {
        PdfPCell missing = new PdfPCell(new Phrase(text, f.small));
        missing.setFixedHeight(heightPt);
        missing.setHorizontalAlignment(Element.ALIGN_CENTER);
        missing.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return missing;
    }

    private static PdfPCell caption(String text, Fonts f) {
        PdfPCell cell = new PdfPCell(new Phrase(text, f.small));
        cell.setBorder(0);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static PdfPTable carriedTable(List<PublishedEntry> carried, Fonts f) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {6, 44, 14, 18, 8, 12});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : new String[] {"序号", "位置", "问题类别", "属地责任单位", "已挂账", "整改期限"}) {
            PdfPCell cell = new PdfPCell(new Phrase(h, f.small));
            cell.setBackgroundColor(new Color(0xF1EBE0));
            table.addCell(cell);
        }
        for (PublishedEntry e : carried) {
            table.addCell(new Phrase(String.valueOf(e.seq()), f.body));
            table.addCell(new Phrase(e.text(), f.body));
            table.addCell(new Phrase(e.category(), f.body));
            table.addCell(new Phrase(e.unit(), f.body));
            table.addCell(new Phrase(e.periodsOnList() + "期", f.body));
            table.addCell(new Phrase(e.deadline().toString(), f.body));
        }
        return table;
    }

    private static void colophon(Document doc, PublishedPeriod p, String contentHash, Fonts f) throws DocumentException {
        doc.add(rule(new LineSeparator(1f, 100f, RED, Element.ALIGN_CENTER, -4f), f));
        Paragraph hash = new Paragraph("内容校验码（SHA-256）：" + contentHash, f.small);
        hash.setSpacingBefore(8);
        doc.add(hash);
        doc.add(new Paragraph("位置描述由落点系统依据参考图层自动生成；位置示意图为示意，不作为测绘依据。网页版：/exposure/"
                + p.publisherCode() + "/" + p.number(), f.small));
    }
}
