package cn.luodian.api.exposure;

/** Escaping for the server-rendered pages: every text from the database goes through {@link #text}. */
final class Html {

    private Html() {
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The page frame: head with the shared stylesheet, then the body. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + text(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/exposure/exposure.css\">\n"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"挂账督办\" href=\"/exposure/feed.atom\">\n"
                + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }
}
