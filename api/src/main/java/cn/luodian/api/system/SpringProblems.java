package cn.luodian.api.system;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.temporal.Temporal;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The Chinese title and detail of the errors Spring MVC itself raises (a missing parameter, a body
 * that is not JSON, a wrong method …). Spring's own texts are English; they stay in the log. Names
 * of parameters and fields are Latin, so they go into the machine-readable {@code parameter} and
 * {@code field} properties, and the detail names the well-known ones in Chinese.
 */
final class SpringProblems {

    /** What a user reads, and properties for scripts. */
    record Text(String title, String detail, Map<String, Object> properties) {
        Text(String title, String detail) {
            this(title, detail, Map.of());
        }
    }

    /** The request parameters users meet most, by the names the forms and pages use. */
    private static final Map<String, String> PARAMETER_NAMES = Map.ofEntries(
            Map.entry("limit", "条数"), Map.entry("offset", "起始位置"), Map.entry("bbox", "范围"),
            Map.entry("lon", "经度"), Map.entry("lat", "纬度"), Map.entry("long", "经度"), Map.entry("crs", "坐标系"),
            Map.entry("z", "缩放级别"), Map.entry("x", "瓦片列号"), Map.entry("y", "瓦片行号"),
            Map.entry("month", "月份"), Map.entry("from", "开始时间"), Map.entry("to", "结束时间"),
            Map.entry("text", "位置描述"), Map.entry("category", "小类"), Map.entry("state", "状态"),
            Map.entry("admin", "行政区划代码"), Map.entry("level", "级别"), Map.entry("format", "格式"),
            Map.entry("id", "编号"), Map.entry("number", "编号"), Map.entry("code", "代码"),
            Map.entry("file", "文件"), Map.entry("units", "分析单元"), Map.entry("groupBy", "分组方式"),
            Map.entry("permutations", "置换次数"), Map.entry("k", "最近邻个数"), Map.entry("steps", "时间步数"),
            Map.entry("bandwidthMetres", "带宽"), Map.entry("cellSizeMetres", "格网大小"),
            Map.entry("distanceBandMetres", "距离带"), Map.entry("h3Resolution", "六边形格网分辨率"),
            Map.entry("maxDensityPerKm2", "色阶最大密度"), Map.entry("overdue", "是否超期"),
            Map.entry("encoding", "编码"), Map.entry("revision", "勘误版本"), Map.entry("stage", "照片阶段"));

    private SpringProblems() {
    }

    static Text of(Exception e, HttpStatusCode status) {
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return new Text("不支持该请求方法", "此地址不支持这种请求方法；允许的方法见响应头");
        }
        if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
            return new Text("不支持的请求体格式", "请求体的格式不受支持" + accepted(unsupported.getSupportedMediaTypes()));
        }
        if (e instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
            return new Text("无法提供所要求的格式",
                    "服务器无法按请求要求的格式作答" + accepted(notAcceptable.getSupportedMediaTypes()).replace("应为", "此地址提供"));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return new Text("缺少参数", "缺少必填参数" + named(missing.getParameterName()),
                    Map.of("parameter", missing.getParameterName()));
        }
        if (e instanceof MissingServletRequestPartException missing) {
            return new Text("缺少上传内容", "请求中缺少上传的" + (missing.getRequestPartName().equals("file") ? "文件" : "部分"),
                    Map.of("parameter", missing.getRequestPartName()));
        }
        if (e instanceof TypeMismatchException mismatch) {
            String name = mismatch.getPropertyName() == null ? "" : mismatch.getPropertyName();
            return new Text("请求参数有误", "参数" + named(name) + "的值 '" + mismatch.getValue() + "' 无效"
                    + expected(mismatch.getRequiredType()), Map.of("parameter", name));
        }
        if (e instanceof MethodArgumentNotValidException invalid) {
            return new Text("请求参数有误", "请求中有 " + invalid.getErrorCount() + " 处不符合要求",
                    Map.of("fields", invalid.getFieldErrors().stream().map(f -> f.getField()).distinct().toList()));
        }
        if (e instanceof HandlerMethodValidationException) {
            return new Text("请求参数有误", "请求中有参数不符合要求");
        }
        if (e instanceof ServletRequestBindingException) {
            return new Text("请求有误", "请求缺少必要的信息");
        }
        if (e instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable);
        }
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            long max = tooLarge.getMaxUploadSize();
            return new Text("上传内容太大", "上传的内容超过上限" + (max > 0 ? "（" + megabytes(max) + "）" : "")
                    + "：请缩小文件后重试");
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return new Text("未找到", "没有这个地址或文件");
        }
        if (e instanceof AsyncRequestTimeoutException) {
            return new Text("服务暂时无法作答", "处理超时，请稍后重试");
        }
        return byStatus(status);
    }

    /** A Chinese title and detail for a bare status (Tomcat's refusals, Spring's rarer exceptions). */
    static Text byStatus(HttpStatusCode status) {
        int code = status.value();
        return switch (code) {
            case 400 -> new Text("请求有误", "服务器无法读取这个请求");
            case 401 -> new Text("未登录", "请先登录");
            case 403 -> new Text("无权限", "您无权进行此操作");
            case 404 -> new Text("未找到", "没有这个地址或文件");
            case 405 -> new Text("不支持该请求方法", "此地址不支持这种请求方法");
            case 406 -> new Text("无法提供所要求的格式", "服务器无法按请求要求的格式作答");
            case 408 -> new Text("请求超时", "请求发送得太慢，服务器已停止等待");
            case 413 -> new Text("请求内容太大", "请求的内容超过上限");
            case 414 -> new Text("地址太长", "请求地址太长：较长的文字（如位置描述）请改为放在请求体中发送");
            case 415 -> new Text("不支持的请求体格式", "请求体的格式不受支持");
            case 431 -> new Text("请求头太大", "请求头太大：请求行和请求头合计最多 8 KB");
            case 503 -> new Text("服务暂时无法作答", "服务暂时不可用，请稍后重试");
            default -> code >= 500
                    ? new Text("服务器内部错误", "服务器处理请求时出错（状态码 " + code + "），请稍后重试")
                    : new Text("请求有误", "服务器拒绝了这个请求（状态码 " + code + "）");
        };
    }

    private static Text unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof BadRequestException refused) {
            // A limit checked while the body streams in (hotspots' uploaded units): its own Chinese reason.
            return new Text("请求有误", refused.getMessage());
        }
        if (cause instanceof InvalidFormatException invalid) {
            return new Text("请求体有误", "请求体中字段" + named(lastField(invalid.getPathReference())) + "的值 '"
                    + invalid.getValue() + "' 无效" + expected(invalid.getTargetType()),
                    Map.of("field", invalid.getPathReference()));
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return new Text("请求体有误", "请求体中字段" + named(lastField(mismatched.getPathReference()))
                    + "的类型不对" + expected(mismatched.getTargetType()), Map.of("field", mismatched.getPathReference()));
        }
        if (cause instanceof StreamReadException) {
            return new Text("请求体有误", "请求体不是有效的 JSON");
        }
        if (cause == e || cause == null) {
            return new Text("请求体有误", "缺少请求体，或请求体无法读取");
        }
        return new Text("请求体有误", "请求体无法读取：字段的类型或取值不对");
    }

    /** " 条数" for a known parameter name, else empty (the name is in the parameter property). */
    private static String named(String name) {
        String chinese = PARAMETER_NAMES.get(name);
        return chinese == null ? "" : "“" + chinese + "”";
    }

    private static String lastField(String pathReference) {
        if (pathReference == null) {
            return "";
        }
        int quote = pathReference.lastIndexOf("[\"");
        return quote < 0 ? "" : pathReference.substring(quote + 2, Math.max(quote + 2, pathReference.length() - 2));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "：应为整数";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "：应为数字";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "：应为 true 或 false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "：应为 ISO-8601 日期或时间";
        }
        return "";
    }

    /** "：应为 JSON" for the media types this API reads and writes. */
    private static String accepted(List<MediaType> types) {
        Set<String> names = new LinkedHashSet<>();
        for (MediaType type : types) {
            String subtype = type.getSubtype().toLowerCase();
            if (subtype.contains("geo+json")) {
                names.add("GeoJSON");
            } else if (subtype.endsWith("json")) {
                names.add("JSON");
            } else if (subtype.equals("form-data")) {
                names.add("文件上传表单");
            } else if (subtype.equals("x-www-form-urlencoded")) {
                names.add("网页表单");
            } else if (subtype.equals("csv")) {
                names.add("CSV");
            } else if (type.getType().equals("image")) {
                names.add("图片");
            } else if (subtype.equals("pdf")) {
                names.add("PDF");
            }
        }
        return names.isEmpty() ? "" : "：应为 " + String.join("、", names);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " 字节";
    }
}
