package cn.luodian.bench.synthetic;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Made-up Chinese place names, unique per kind: two or three characters from a pool of common
 * place-name characters and a suffix that says what the place is ("…路", "…河", "…村").
 */
final class SyntheticNames {
    private static final String POOL = "安宝北长城春大德东丰福富高广海和河红华黄惠吉嘉建金京景康乐利莲良林龙"
            + "隆绿美明南宁平清庆仁荣瑞山上尚胜盛石顺泰桃天田通万旺文西祥翔新兴幸阳杨永育园远月云泽兆振正中"
            + "众竹庄卓紫白柏潮崇翠丹定枫凤光桂和亨虹槐佳锦静菊兰朗柳梅沐宁培齐沁秋泉润沙双松檀望苇祥霞香杏"
            + "秀雅燕怡银樱榆玉裕苑悦枣樟芝";

    private final Random random;
    private final Set<String> used = new HashSet<>();

    SyntheticNames(Random random) {
        this.random = random;
    }

    /** A name not given before by this instance. */
    String next(String... suffixes) {
        while (true) {
            int chars = 2 + random.nextInt(2);
            StringBuilder name = new StringBuilder(chars + 3);
            for (int i = 0; i < chars; i++) {
                name.append(POOL.charAt(random.nextInt(POOL.length())));
            }
            name.append(suffixes[random.nextInt(suffixes.length)]);
            if (used.add(name.toString())) {
                return name.toString();
            }
        }
    }
}
