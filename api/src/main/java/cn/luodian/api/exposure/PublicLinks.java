package cn.luodian.api.exposure;

import cn.luodian.api.photos.PhotoRef;
/** The public URLs of published periods, in one place. */
final class PublicLinks {

    private PublicLinks() {
    }

    static String page(String publisher, int number, int revision) {
        return "/exposure/" + publisher + "/" + number + (revision == 0 ? "" : "?revision=" + revision);
    }

    static String page(String publisher, int number) {
        return "/exposure/" + publisher + "/" + number;
    }

    static String file(PhotoRef ref) {
        return "/exposure/files/" + ref.fileName();
    }
}
