package cn.luodian.api.search;

import cn.luodian.api.system.BadRequestException;

/** The search box's words and how many results of each kind, as checked from the request. */
record SearchQuery(String text, int perKind) {
    static final int MIN_CHARS = 2;
    static final int MAX_CHARS = 50;
    static final int DEFAULT_PER_KIND = 5;
    static final int MAX_PER_KIND = 20;

    static SearchQuery parse(String q, Integer limit) {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("请输入要搜索的内容（参数 q）。");
        }
        if (q.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE
                || Character.getType(c) == Character.SURROGATE)) {
            throw new BadRequestException("搜索内容含有控制字符或无效字符。");
        }
        String text = q.strip().replaceAll("\\s+", " ");
        int chars = text.codePointCount(0, text.length());
        if (chars < MIN_CHARS) {
            throw new BadRequestException("搜索内容至少 " + MIN_CHARS + " 个字。");
        }
        if (chars > MAX_CHARS) {
            throw new BadRequestException("搜索内容最多 " + MAX_CHARS + " 个字，收到 " + chars + " 个。");
        }
        int perKind = limit == null ? DEFAULT_PER_KIND : limit;
        if (perKind < 1 || perKind > MAX_PER_KIND) {
            throw new BadRequestException("每类结果数应在 1 到 " + MAX_PER_KIND + " 之间，收到 " + limit + "。");
        }
        return new SearchQuery(text, perKind);
    }
}
